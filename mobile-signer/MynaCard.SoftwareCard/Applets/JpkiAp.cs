using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Os;

namespace MynaCard.SoftwareCard.Applets;

/// <summary>The JPKI AP (公的個人認証) and its EFs, made from the card file.</summary>
internal static class JpkiAp
{
    public static readonly byte[] Aid = [0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01];

    public const ushort TokenInfo = 0x0006;
    public const ushort AuthenticationCertificate = 0x000A;
    public const ushort AuthenticationCaCertificate = 0x000B;
    public const ushort AuthenticationKey = 0x0017;
    public const ushort AuthenticationPin = 0x0018;
    public const ushort SigningCertificate = 0x0001;
    public const ushort SigningCaCertificate = 0x0002;
    public const ushort SigningKey = 0x001A;
    public const ushort SigningPin = 0x001B;

    public static Applet Create(CardFile card)
    {
        var jpki = card.Jpki;
        var authenticationPin = new PinSlot(jpki.Authentication.Pin);
        var signingPin = new PinSlot(jpki.Signing.Pin);
        return new Applet("JPKI AP", Aid,
        [
            new BinaryFile(TokenInfo, jpki.TokenInfoBytes, readPin: null),
            new BinaryFile(AuthenticationCertificate, jpki.Authentication.CertificateBytes, readPin: null),
            new BinaryFile(AuthenticationCaCertificate, jpki.Authentication.CaCertificateBytes, readPin: null),
            new KeyFile(AuthenticationKey, jpki.Authentication.RsaKey, authenticationPin),
            new PinFile(AuthenticationPin, authenticationPin),
            new BinaryFile(SigningCertificate, jpki.Signing.CertificateBytes,
                card.Settings.SigningCertificateNeedsPin ? signingPin : null),
            new BinaryFile(SigningCaCertificate, jpki.Signing.CaCertificateBytes, readPin: null),
            new KeyFile(SigningKey, jpki.Signing.RsaKey, signingPin),
            new PinFile(SigningPin, signingPin),
        ]);
    }
}
