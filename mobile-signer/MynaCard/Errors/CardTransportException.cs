namespace MynaCard.Errors;

/// <summary>The exchange with the card failed below the card's own answers: reader, card presence, connection.</summary>
public class CardTransportException(string message, Exception? inner = null) : Exception(message, inner);
