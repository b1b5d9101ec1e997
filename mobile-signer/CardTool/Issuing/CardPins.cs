using CardTool.Cli;
using MynaCard.Pins;

namespace CardTool.Issuing;

/// <summary>The three PINs a card is issued with, checked against the card's rules (what a real card would accept).</summary>
public sealed record CardPins(string Authentication, string Signing, string CardInput)
{
    public static readonly int AuthenticationTries = PinRules.MaxTries(PinKind.JpkiAuthentication);
    public static readonly int SigningTries = PinRules.MaxTries(PinKind.JpkiSigning);
    public static readonly int CardInputTries = PinRules.MaxTries(PinKind.CardInput);

    public static CardPins Parse(string authentication, string signing, string? cardInput) => new(
        Checked(PinKind.JpkiAuthentication, authentication, "--auth-pin is 4 digits."),
        Checked(PinKind.JpkiSigning, signing, "--sign-pin is 6 to 16 characters of A-Z (capitals) and 0-9."),
        cardInput is null ? authentication : Checked(PinKind.CardInput, cardInput, "--card-input-pin is 4 digits."));

    public override string ToString() => $"{nameof(CardPins)} {{ (not shown) }}";

    /// <summary>The signer's own rules, but stricter: a card is issued with the PIN exactly as given, so no upper-casing.</summary>
    private static string Checked(PinKind kind, string pin, string rule) =>
        PinRules.TryNormalize(kind, pin, out var normalized, out _) && normalized == pin ? pin : throw new UsageException(rule);
}
