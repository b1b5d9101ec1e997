namespace Portal.Operator.Cli;

/// <summary>Stable exit codes (listed in the usage): scripts such as run.sh branch on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int Conflict = 4;
    public const int Unavailable = 5;
}
