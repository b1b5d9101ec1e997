namespace Portal.Operator.Cli;

/// <summary>The command line is wrong (exit 2); the message says what to change. Nothing was written.</summary>
public sealed class UsageException(string message) : Exception(message);
