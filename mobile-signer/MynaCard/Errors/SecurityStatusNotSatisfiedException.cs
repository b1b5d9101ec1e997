using MynaCard.Apdu;

namespace MynaCard.Errors;

/// <summary>69 82: the operation needs a verified PIN (never verified, or lost on re-select or reset).</summary>
public sealed class SecurityStatusNotSatisfiedException(StatusWord status, string operation)
    : CardStatusException(status, $"{operation}: the PIN has not been verified ({status}).");
