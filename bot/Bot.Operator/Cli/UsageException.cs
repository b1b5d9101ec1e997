namespace Bot.Operator.Cli;

/// <summary>The command line is wrong; nothing was sent or written.</summary>
public sealed class UsageException(string message) : Exception(message);
