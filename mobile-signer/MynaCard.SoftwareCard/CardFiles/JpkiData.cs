using System.Text;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>What the JPKI AP holds: the token info and the two keys (利用者証明用 and 署名用).</summary>
public sealed class JpkiData
{
    public const string DefaultTokenInfo = "JPKIAPICCTOKEN2";

    /// <summary>EF 0006 is this text in ASCII, padded with spaces to this many bytes.</summary>
    internal const int TokenInfoLength = 0x20;

    /// <summary>EF 0006 before the padding; <c>JPKIAPICCTOKEN</c> on the older 住基カード.</summary>
    public string TokenInfo { get; set; } = DefaultTokenInfo;

    /// <summary>利用者証明用: EF 000A certificate, 000B CA, 0017 key, 0018 PIN (4 digits, 3 tries).</summary>
    public JpkiKeyData Authentication { get; set; } = new();

    /// <summary>署名用: EF 0001 certificate, 0002 CA, 001A key, 001B PIN (6–16 of A–Z 0–9, 5 tries).</summary>
    public JpkiKeyData Signing { get; set; } = new();

    internal byte[] TokenInfoBytes => Encoding.ASCII.GetBytes(TokenInfo.PadRight(TokenInfoLength));

    internal void Validate()
    {
        if (TokenInfo is null || TokenInfo.Length > TokenInfoLength || !Ascii.IsValid(TokenInfo))
        {
            throw new CardFileException($"jpki.tokenInfo: at most {TokenInfoLength} ASCII characters.");
        }
        CardFileFields.Required(Authentication, "jpki.authentication").Validate("jpki.authentication");
        CardFileFields.Required(Signing, "jpki.signing").Validate("jpki.signing");
    }
}
