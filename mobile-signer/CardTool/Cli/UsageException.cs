namespace CardTool.Cli;

/// <summary>The command line is wrong (exit 2); the message says what to change.</summary>
public sealed class UsageException(string message) : Exception(message);
