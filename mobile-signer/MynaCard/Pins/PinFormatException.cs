namespace MynaCard.Pins;

/// <summary>
/// A PIN whose form is wrong, refused before any APDU: sending it would spend one of the card's few tries.
/// The message never contains the PIN itself.
/// </summary>
public sealed class PinFormatException(PinKind kind, PinFormatReason reason)
    : Exception($"The {kind} PIN was refused before reaching the card: {reason}.")
{
    public PinKind Kind { get; } = kind;

    public PinFormatReason Reason { get; } = reason;
}
