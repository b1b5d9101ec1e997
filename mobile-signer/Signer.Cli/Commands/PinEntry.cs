using MynaCard.Pins;
using Signer.Cli.Console;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>Asks for a PIN and checks its form before it can reach the card: a malformed PIN must not spend a try.</summary>
public static class PinEntry
{
    private const int Attempts = 3;

    /// <returns>The PIN as the card expects it, or null when the resident cancelled.</returns>
    public static string? Ask(SignerConsole console, PinKind kind)
    {
        var (prompt, form) = kind switch
        {
            PinKind.JpkiSigning => (Prompts.SigningPin, Prompts.SigningPinForm),
            PinKind.CardInput => (Prompts.CardInputPin, Prompts.AuthenticationPinForm),
            _ => (Prompts.AuthenticationPin, Prompts.AuthenticationPinForm),
        };
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var entered = console.ReadSecret(prompt);
            if (string.IsNullOrEmpty(entered))
            {
                return null;
            }
            try
            {
                return PinRules.Normalize(kind, entered);
            }
            catch (PinFormatException)
            {
                console.Error.WriteLine(form);
            }
        }
        return null;
    }
}
