namespace Bot.Operator.Cli;

/// <summary>Stable exit codes (listed in the usage), the same meanings as portal-operator's.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int Conflict = 4;
    public const int Unavailable = 5;
}
