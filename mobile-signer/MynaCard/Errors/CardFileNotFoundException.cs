using MynaCard.Apdu;

namespace MynaCard.Errors;

/// <summary>6A 82: the applet or file does not exist on this card (not a My Number card, or not this generation).</summary>
public sealed class CardFileNotFoundException(StatusWord status, string operation)
    : CardStatusException(status, $"{operation}: no such applet or file ({status}).");
