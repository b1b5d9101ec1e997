using MynaCard.Apdu;

namespace MynaCard.Errors;

/// <summary>The PIN is blocked (69 84 / 69 83), or this wrong PIN used the last try (63 C0). Only the municipal office can reset it.</summary>
public sealed class PinBlockedException(StatusWord status, string operation)
    : CardStatusException(status, $"{operation}: the PIN is blocked ({status}).")
{
    /// <summary>True when this very attempt blocked it (63 C0), false when it was blocked already.</summary>
    public bool BlockedByThisAttempt => Status.IsTriesLeft;
}
