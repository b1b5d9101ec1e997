using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Pins;
using MynaCard.Transport;

namespace MynaCard.Jpki;

/// <summary>
/// The client side of the JPKI AP (公的個人認証): certificates, PIN counters and VERIFY, and the RSA signature made
/// on the card. Every answer goes through <see cref="CardStatusException.ThrowIfError"/>. A verified PIN lasts until
/// the AP is selected again or the card is reset.
/// </summary>
public sealed class JpkiApplet(CardChannel channel)
{
    public const ushort TokenInfoFile = 0x0006;
    public const ushort AuthenticationCertificateFile = 0x000A;
    public const ushort AuthenticationCaCertificateFile = 0x000B;
    public const ushort AuthenticationKeyFile = 0x0017;
    public const ushort AuthenticationPinFile = 0x0018;
    public const ushort SigningCertificateFile = 0x0001;
    public const ushort SigningCaCertificateFile = 0x0002;
    public const ushort SigningKeyFile = 0x001A;
    public const ushort SigningPinFile = 0x001B;

    private const byte ComputeDigitalSignature = 0x2A;

    /// <summary>P1 00 (no response descriptor), P2 80: the input is the data to sign (ISO 7816-8 PSO: CDS).</summary>
    private const byte SignP1 = 0x00;
    private const byte SignP2 = 0x80;

    private static readonly byte[] AidBytes = [0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01];

    private readonly AppletCommands _commands = new(channel, "JPKI AP");

    public static ReadOnlyMemory<byte> Aid => AidBytes;

    /// <summary>SELECT by AID, without FCI; forgets any verified PIN.</summary>
    public Task SelectAsync(CancellationToken cancellationToken = default) =>
        _commands.SelectApplicationAsync(AidBytes, cancellationToken);

    /// <summary>
    /// The certificate's DER bytes: header, then the rest in one extended read or in chunks. The signing certificate
    /// needs the signing PIN verified first, else <see cref="SecurityStatusNotSatisfiedException"/>.
    /// </summary>
    public Task<byte[]> ReadCertificateAsync(JpkiCertificate certificate, CancellationToken cancellationToken = default) =>
        _commands.ReadFileAsync(FileOf(certificate), CertificateHeader.Length, CertificateHeader.TotalLength, cancellationToken);

    /// <summary>Tries left without spending one: 0 when blocked; the maximum when the PIN is already verified.</summary>
    public Task<int> GetPinTriesLeftAsync(JpkiKey key, CancellationToken cancellationToken = default)
    {
        var (pinFile, _, kind) = FilesOf(key);
        return _commands.GetPinTriesLeftAsync(pinFile, kind, cancellationToken);
    }

    /// <summary>
    /// VERIFY the key's PIN; a PIN of the wrong form is a <see cref="PinFormatException"/> before any APDU.
    /// A wrong PIN is <see cref="WrongPinException"/>, the last try or a blocked PIN <see cref="PinBlockedException"/>.
    /// </summary>
    public Task VerifyPinAsync(JpkiKey key, string pin, CancellationToken cancellationToken = default)
    {
        var (pinFile, _, kind) = FilesOf(key);
        return _commands.VerifyPinAsync(pinFile, kind, pin, cancellationToken);
    }

    /// <summary>
    /// SELECT the key, then COMPUTE DIGITAL SIGNATURE over the SHA-256 DigestInfo: the card pads (PKCS#1 v1.5) and
    /// returns the RSA signature. The key's PIN must be verified since the AP was selected.
    /// </summary>
    public async Task<byte[]> SignAsync(JpkiKey key, ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken = default)
    {
        var digestInfo = DigestInfo.ForSha256(sha256.Span);
        await _commands.SelectFileAsync(FilesOf(key).KeyFile, cancellationToken);
        var response = await _commands.SendAsync(
            new CommandApdu(0x80, ComputeDigitalSignature, SignP1, SignP2, digestInfo, CommandApdu.MaxShortNe),
            $"COMPUTE DIGITAL SIGNATURE {key}", cancellationToken);
        return response.Data.IsEmpty
            ? throw new CardFormatException($"COMPUTE DIGITAL SIGNATURE {key}: the card answered 90 00 without a signature.")
            : response.Data.ToArray();
    }

    /// <summary>
    /// The whole signature in 5 APDUs when the certificate is already known: SELECT AP, SELECT PIN EF, VERIFY,
    /// SELECT key EF, SIGN. The PIN's form and the hash's length are checked before the first one.
    /// </summary>
    public async Task<byte[]> SignWithPinAsync(JpkiKey key, string pin, ReadOnlyMemory<byte> sha256,
        CancellationToken cancellationToken = default)
    {
        PinRules.Normalize(FilesOf(key).Pin, pin);
        DigestInfo.ForSha256(sha256.Span);
        await SelectAsync(cancellationToken);
        await VerifyPinAsync(key, pin, cancellationToken);
        return await SignAsync(key, sha256, cancellationToken);
    }

    /// <summary>Which PIN guards which key: the one place the two key kinds meet their files.</summary>
    private static (ushort PinFile, ushort KeyFile, PinKind Pin) FilesOf(JpkiKey key) => key switch
    {
        JpkiKey.Authentication => (AuthenticationPinFile, AuthenticationKeyFile, PinKind.JpkiAuthentication),
        JpkiKey.Signing => (SigningPinFile, SigningKeyFile, PinKind.JpkiSigning),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private static ushort FileOf(JpkiCertificate certificate) => certificate switch
    {
        JpkiCertificate.Authentication => AuthenticationCertificateFile,
        JpkiCertificate.AuthenticationCa => AuthenticationCaCertificateFile,
        JpkiCertificate.Signing => SigningCertificateFile,
        JpkiCertificate.SigningCa => SigningCaCertificateFile,
        _ => throw new ArgumentOutOfRangeException(nameof(certificate), certificate, null),
    };
}
