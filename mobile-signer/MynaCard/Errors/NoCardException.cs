namespace MynaCard.Errors;

/// <summary>A reader is there but no card is on it.</summary>
public sealed class NoCardException(string message, Exception? inner = null) : CardTransportException(message, inner);
