using System.Text.RegularExpressions;
using CardTool.Cli;

namespace CardTool.Issuing;

/// <summary>The three PINs a card is issued with, checked against the card's rules (what a real card would accept).</summary>
public sealed partial record CardPins(string Authentication, string Signing, string CardInput)
{
    public const int AuthenticationTries = 3;
    public const int SigningTries = 5;
    public const int CardInputTries = 3;

    public static CardPins Parse(string authentication, string signing, string? cardInput)
    {
        if (!FourDigits().IsMatch(authentication))
        {
            throw new UsageException("--auth-pin is 4 digits.");
        }
        if (!SigningPin().IsMatch(signing))
        {
            throw new UsageException("--sign-pin is 6 to 16 characters of A-Z (capitals) and 0-9.");
        }
        if (cardInput is not null && !FourDigits().IsMatch(cardInput))
        {
            throw new UsageException("--card-input-pin is 4 digits.");
        }
        return new CardPins(authentication, signing, cardInput ?? authentication);
    }

    public override string ToString() => $"{nameof(CardPins)} {{ (not shown) }}";

    [GeneratedRegex("^[0-9]{4}\\z")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[A-Z0-9]{6,16}\\z")]
    private static partial Regex SigningPin();
}
