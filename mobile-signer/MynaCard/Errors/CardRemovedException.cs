namespace MynaCard.Errors;

/// <summary>The card left the reader (or was reset) in the middle of an operation.</summary>
public sealed class CardRemovedException(string message, Exception? inner = null) : CardTransportException(message, inner);
