namespace CardTool.Cli;

/// <summary>The command was well formed but could not be done (exit 1); the message says why.</summary>
public sealed class CardToolException(string message, Exception? inner = null) : Exception(message, inner);
