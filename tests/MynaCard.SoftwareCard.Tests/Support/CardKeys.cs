using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MynaCard.SoftwareCard.CardFiles;

namespace MynaCard.SoftwareCard.Tests.Support;

/// <summary>
/// The expensive part, made once for the whole test run: three RSA-2048 keys (a CA, the authentication key, the
/// signing key), certificates, and a card file template (JSON, PINs already hashed). Each test writes its own copy.
/// </summary>
public sealed class CardKeys : IDisposable
{
    public const string AuthenticationPin = "1234";
    public const string SigningPin = "SIGN2PIN7Q";
    public const string CardInputPin = "9876";
    public const string Name = "山田　太郎";
    public const string BirthDate = "19900102";
    public const string Sex = "2";

    /// <summary>84 kanji: 252 UTF-8 bytes, so DF 23 needs the 81 length form and FF 20 (over 255 bytes) the 82 form.</summary>
    public static readonly string Address = "東京都千代田区霞が関二丁目一番二号" + new string('町', 67);

    public CardKeys()
    {
        using var caKey = RSA.Create(2048);
        AuthenticationKey = RSA.Create(2048);
        SigningKey = RSA.Create(2048);
        var now = DateTimeOffset.UtcNow;
        var ca = new CertificateRequest("CN=TEST software card CA, O=JPKI-TEST, C=JP", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        ca.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var caCertificate = ca.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
        CaCertificate = caCertificate.RawData;
        AuthenticationCertificate = Leaf("C=JP, CN=OPAQUE0AUTHENTICATION0ID", AuthenticationKey, caCertificate, caKey, 1);
        SigningCertificate = Leaf("C=JP, CN=OPAQUE00000000SIGNING0ID", SigningKey, caCertificate, caKey, 2);
        var card = new CardFile
        {
            Jpki = new JpkiData
            {
                Authentication = KeyData(AuthenticationCertificate, AuthenticationKey, StoredPin.Create(AuthenticationPin, 3)),
                Signing = KeyData(SigningCertificate, SigningKey, StoredPin.Create(SigningPin, 5)),
            },
            CardInput = new CardInputData
            {
                Pin = StoredPin.Create(CardInputPin, 3),
                Name = Name,
                Address = Address,
                BirthDate = BirthDate,
                Sex = Sex,
            },
        };
        card.Validate();
        TemplateJson = card.ToJson();
    }

    public RSA AuthenticationKey { get; }

    public RSA SigningKey { get; }

    public byte[] CaCertificate { get; }

    public byte[] AuthenticationCertificate { get; }

    public byte[] SigningCertificate { get; }

    public string TemplateJson { get; }

    /// <summary>A fresh card file in its own temporary folder, optionally changed first (settings, counters).</summary>
    public TestCard NewCard(Action<CardFile>? change = null)
    {
        var folder = Directory.CreateTempSubdirectory("softcard-");
        var path = Path.Combine(folder.FullName, "card.json");
        var file = CardFile.Parse(TemplateJson);
        change?.Invoke(file);
        file.SaveAs(path);
        return new TestCard(folder.FullName, path, SoftwareCard.Open(path));
    }

    public void Dispose()
    {
        AuthenticationKey.Dispose();
        SigningKey.Dispose();
    }

    public static string Ascii(string text) => Convert.ToHexString(Encoding.ASCII.GetBytes(text));

    private static byte[] Leaf(string subject, RSA key, X509Certificate2 ca, RSA caKey, byte serial)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var generator = X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(ca.SubjectName, generator, DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(1), [0x10, serial]);
        return certificate.RawData;
    }

    private JpkiKeyData KeyData(byte[] certificate, RSA key, StoredPin pin) => new()
    {
        Certificate = Convert.ToBase64String(certificate),
        CaCertificate = Convert.ToBase64String(CaCertificate),
        PrivateKey = Convert.ToBase64String(key.ExportPkcs8PrivateKey()),
        Pin = pin,
    };
}

[CollectionDefinition(Name)]
public sealed class CardKeysCollection : ICollectionFixture<CardKeys>
{
    public const string Name = "card keys";
}
