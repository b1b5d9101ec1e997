namespace Bot.Operator.Cli;

/// <summary>The command was well formed but could not be done; the message says why, the code is one of <see cref="ExitCodes"/>.</summary>
public sealed class OperatorException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
