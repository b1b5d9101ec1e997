using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaCard.SoftwareCard.Os;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>One JPKI key of the card: its certificate, its CA's certificate, the private key and the PIN guarding it.</summary>
public sealed class JpkiKeyData
{
    /// <summary>READ BINARY has a 15-bit offset: nothing past 7FFF can be read.</summary>
    internal const int MaxFileLength = 0x8000;

    /// <summary>The end-entity certificate, DER, base64.</summary>
    public string Certificate { get; set; } = "";

    /// <summary>The issuing CA's certificate, DER, base64 (the card's EF 000B / 0002).</summary>
    public string CaCertificate { get; set; } = "";

    /// <summary>The RSA private key, PKCS#8 DER, base64. A test key: never a real resident's.</summary>
    public string PrivateKey { get; set; } = "";

    public StoredPin Pin { get; set; } = new();

    internal byte[] CertificateBytes => Convert.FromBase64String(Certificate);

    internal byte[] CaCertificateBytes => Convert.FromBase64String(CaCertificate);

    internal RsaPrivateKey RsaKey => RsaPrivateKey.FromPkcs8(Convert.FromBase64String(PrivateKey));

    internal void Validate(string where)
    {
        using var certificate = LoadCertificate(Certificate, $"{where}.certificate");
        using var caCertificate = LoadCertificate(CaCertificate, $"{where}.caCertificate");
        RsaPrivateKey key;
        try
        {
            key = RsaPrivateKey.FromPkcs8(CardFileFields.Base64(PrivateKey, $"{where}.privateKey"));
        }
        catch (CryptographicException e)
        {
            throw new CardFileException($"{where}.privateKey: not an RSA private key in PKCS#8 ({e.Message}).", e);
        }
        using var publicKey = certificate.GetRSAPublicKey()
            ?? throw new CardFileException($"{where}.certificate: not an RSA certificate.");
        if (!key.HasModulus(publicKey.ExportParameters(false).Modulus))
        {
            throw new CardFileException($"{where}.privateKey: does not belong to the certificate.");
        }
        CardFileFields.Required(Pin, $"{where}.pin").Validate($"{where}.pin");
    }

    private static X509Certificate2 LoadCertificate(string value, string where)
    {
        var der = CardFileFields.Base64(value, where);
        if (der.Length > MaxFileLength)
        {
            throw new CardFileException($"{where}: {der.Length} bytes do not fit an EF read with READ BINARY.");
        }
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            throw new CardFileException($"{where}: not a DER certificate ({e.Message}).", e);
        }
    }
}
