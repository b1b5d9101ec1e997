namespace MynaCard.Pins;

/// <summary>Why a PIN was refused before it reached the card; the CLI turns it (with the <see cref="PinKind"/>) into words.</summary>
public enum PinFormatReason
{
    /// <summary>Nothing was entered.</summary>
    Empty,

    /// <summary>Fewer characters than the kind needs (4 digits, or at least 6 for the signing PIN).</summary>
    TooShort,

    /// <summary>More characters than the kind allows (4 digits, or at most 16 for the signing PIN).</summary>
    TooLong,

    /// <summary>A character outside the kind's alphabet: ASCII 0–9, plus A–Z for the signing PIN (full-width digits included).</summary>
    InvalidCharacter,
}
