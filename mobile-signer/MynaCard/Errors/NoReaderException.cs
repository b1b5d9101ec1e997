namespace MynaCard.Errors;

/// <summary>No card reader is connected (or the PC/SC service is not running).</summary>
public sealed class NoReaderException(string message, Exception? inner = null) : CardTransportException(message, inner);
