using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MynaCard.SoftwareCard.CardFiles;
using Org.BouncyCastle.X509;

namespace CardTool.Tests.Support;

/// <summary>One CA folder made by <c>cardtool ca init</c> and one card issued from it, in a temporary folder.</summary>
public class Pki : IDisposable
{
    public const string Name = "山田　太郎";
    public const string Address = "東京都千代田区千代田１－１";
    public const string Birth = "1990-01-02";
    public const string AuthPin = "1234";
    public const string SignPin = "ABC123XYZ";

    public Pki()
    {
        Folder = Directory.CreateTempSubdirectory("cardtool-").FullName;
        CaDir = Path.Combine(Folder, "ca");
        CardPath = Path.Combine(Folder, "cards", "taro.json");
        Tool.Ok("ca", "init", "--dir", CaDir);
        Tool.Ok("issue", "--ca", CaDir, "--out", CardPath, "--name", Name, "--address", Address, "--birth", Birth,
            "--sex", "1", "--auth-pin", AuthPin, "--sign-pin", SignPin);
        Card = CardFile.Load(CardPath);
        AuthCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(Card.Jpki.Authentication.Certificate));
        SignCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(Card.Jpki.Signing.Certificate));
        AuthCa = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(CaDir, "auth-ca.crt")));
        SignCa = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(CaDir, "sign-ca.crt")));
    }

    public string Folder { get; }

    public string CaDir { get; }

    public string CardPath { get; }

    public CardFile Card { get; }

    public X509Certificate2 AuthCertificate { get; }

    public X509Certificate2 SignCertificate { get; }

    public X509Certificate2 AuthCa { get; }

    public X509Certificate2 SignCa { get; }

    public X509Crl Crl(string kind) => new X509CrlParser().ReadCrl(File.ReadAllBytes(Path.Combine(CaDir, $"{kind}-ca.crl")));

    public Org.BouncyCastle.X509.X509Certificate BouncyCa(string kind) =>
        new X509CertificateParser().ReadCertificate((kind == "auth" ? AuthCa : SignCa).RawData);

    public static long CrlNumber(X509Crl crl) =>
        new AsnReader(crl.GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.CrlNumber).GetOctets(), AsnEncodingRules.DER)
            .ReadInteger().ToLong();

    public void Dispose()
    {
        foreach (var certificate in new[] { AuthCertificate, SignCertificate, AuthCa, SignCa })
        {
            certificate.Dispose();
        }
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>A second PKI for the tests that change a CA (revoke, crl), so the first stays as issued.</summary>
public sealed class RevocationPki : Pki;

[CollectionDefinition(Name)]
public sealed class PkiCollection : ICollectionFixture<Pki>, ICollectionFixture<RevocationPki>
{
    public const string Name = "cardtool PKI";
}

internal static class BigIntegerExtensions
{
    public static long ToLong(this System.Numerics.BigInteger value) => (long)value;
}
