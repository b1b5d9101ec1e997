namespace MynaCard.Pins;

/// <summary>
/// The form of each PIN, checked on this side: a PIN of the wrong form is still counted as a wrong try by the card,
/// and the login PIN is blocked after 3 of them.
/// </summary>
public static class PinRules
{
    public const int DigitPinLength = 4;
    public const int SigningPinMinLength = 6;
    public const int SigningPinMaxLength = 16;

    /// <summary>The PIN as the card expects it (the signing PIN upper-cased), or a <see cref="PinFormatException"/>.</summary>
    public static string Normalize(PinKind kind, string? pin) =>
        TryNormalize(kind, pin, out var normalized, out var reason) ? normalized : throw new PinFormatException(kind, reason);

    /// <summary>False, with the reason, when the PIN's form is wrong; <paramref name="reason"/> is meaningless on true.</summary>
    public static bool TryNormalize(PinKind kind, string? pin, out string normalized, out PinFormatReason reason)
    {
        var (min, max, letters) = Form(kind);
        PinFormatReason? problem = pin switch
        {
            null or "" => PinFormatReason.Empty,
            { Length: var n } when n < min => PinFormatReason.TooShort,
            { Length: var n } when n > max => PinFormatReason.TooLong,
            _ when !pin.All(c => char.IsAsciiDigit(c) || (letters && char.IsAsciiLetter(c))) => PinFormatReason.InvalidCharacter,
            _ => null,
        };
        reason = problem.GetValueOrDefault();
        normalized = string.Empty;
        if (problem is not null)
        {
            return false;
        }
        normalized = letters ? AsciiUpper(pin!) : pin!;
        return true;
    }

    /// <summary>Tries a PIN has when unblocked; a successful VERIFY resets the card's counter to this.</summary>
    public static int MaxTries(PinKind kind) => kind switch
    {
        PinKind.JpkiAuthentication or PinKind.CardInput => 3,
        PinKind.JpkiSigning => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static (int Min, int Max, bool Letters) Form(PinKind kind) => kind switch
    {
        PinKind.JpkiAuthentication or PinKind.CardInput => (DigitPinLength, DigitPinLength, false),
        PinKind.JpkiSigning => (SigningPinMinLength, SigningPinMaxLength, true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // ASCII only: a culture's ToUpper would turn 'i' into 'İ' under a Turkish locale.
    private static string AsciiUpper(string pin) => string.Create(pin.Length, pin, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = char.IsAsciiLetterLower(s[i]) ? (char)(s[i] - 'a' + 'A') : s[i];
        }
    });
}
