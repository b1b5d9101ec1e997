using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.SoftwareCard;
using MynaCard.Transport;

namespace Portal.Domain.Tests.Identity.CardRequests;

/// <summary>Signs as the signer does: the software card's JPKI applet, the PIN, SHA-256 of dataToSign (5 APDUs).</summary>
public static class CardSigner
{
    public const string AuthenticationPin = "1234";
    public const string SigningPin = "ABC123";

    public static async Task<byte[]> SignAsync(string cardFile, JpkiKey key, byte[] dataToSign)
    {
        await using var card = SoftwareCard.Open(cardFile);
        var jpki = new JpkiApplet(new CardChannel(card));
        return await jpki.SignWithPinAsync(key, key == JpkiKey.Authentication ? AuthenticationPin : SigningPin, SHA256.HashData(dataToSign));
    }
}
