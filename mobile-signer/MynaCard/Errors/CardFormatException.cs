namespace MynaCard.Errors;

/// <summary>Bytes that do not parse: a malformed APDU, BER-TLV or certificate length. Never a card status.</summary>
public sealed class CardFormatException(string message) : Exception(message);
