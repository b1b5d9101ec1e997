using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CardTool.Tests.Support;
using MynaCard.SoftwareCard;
using MynaCard.SoftwareCard.CardFiles;

namespace CardTool.Tests.Commands;

[Collection(PkiCollection.Name)]
public sealed class IssueTests(Pki pki)
{
    private const string JpkiArc = "1.2.392.200149.8.5.5";

    [Fact]
    public void AuthCertificateChainsToTheAuthCaAndNotToTheSigningCa()
    {
        Assert.True(Chains(pki.AuthCertificate, pki.AuthCa, out var status), status);
        Assert.False(Chains(pki.AuthCertificate, pki.SignCa, out _));
    }

    [Fact]
    public void SigningCertificateChainsToTheSigningCaAndNotToTheAuthCa()
    {
        Assert.True(Chains(pki.SignCertificate, pki.SignCa, out var status), status);
        Assert.False(Chains(pki.SignCertificate, pki.AuthCa, out _));
    }

    [Fact]
    public void AuthCertificateHoldsNoPersonalData()
    {
        var subject = pki.AuthCertificate.SubjectName;
        Assert.Matches("^CN=[0-9A-Z]{23}, C=JP$", subject.Name);
        Assert.Null(pki.AuthCertificate.Extensions["2.5.29.17"]);
        var der = pki.AuthCertificate.RawData;
        foreach (var personal in new[] { Pki.Name, "山田", "太郎", Pki.Address, "千代田区", "19900102", "1990-01-02", "419900102" })
        {
            Assert.True(der.AsSpan().IndexOf(Encoding.UTF8.GetBytes(personal)) < 0, $"the certificate contains {personal}");
        }
    }

    [Fact]
    public void AuthCertificateIsForDigitalSignatureOnlyWithoutAnExtendedKeyUsage()
    {
        var usage = pki.AuthCertificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.DigitalSignature, usage.KeyUsages);
        Assert.True(usage.Critical);
        Assert.Empty(pki.AuthCertificate.Extensions.OfType<X509EnhancedKeyUsageExtension>());
        Assert.Equal("1.2.392.200149.8.5.1.3.30", Policy(pki.AuthCertificate));
    }

    [Fact]
    public void SigningCertificateIsForNonRepudiationAndDigitalSignature()
    {
        var usage = pki.SignCertificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage.KeyUsages);
        Assert.True(usage.Critical);
        Assert.Equal("1.2.392.200149.8.5.1.1.20", Policy(pki.SignCertificate));
        Assert.Matches("^CN=[0-9A-Z]{23}, L=Chiyoda-ku, L=Tokyo, C=JP$", pki.SignCertificate.Subject);
    }

    [Fact]
    public void SigningSubjectAltNameOtherNamesDecodeBackToTheBasicFourItems()
    {
        var names = OtherNames(pki.SignCertificate);
        Assert.Equal(
        [
            ($"{JpkiArc}.1", Pki.Name),
            ($"{JpkiArc}.4", "419900102"),
            ($"{JpkiArc}.3", "1"),
            ($"{JpkiArc}.5", Pki.Address),
            ($"{JpkiArc}.2", "00000"),
            ($"{JpkiArc}.6", new string('0', Pki.Address.Length)),
        ], names);
    }

    [Fact]
    public void BothCertificatesPointAtTheirCasCrl()
    {
        Assert.Equal("http://127.0.0.1/crl/auth-ca.crl", CrlUrl(pki.AuthCertificate));
        Assert.Equal("http://127.0.0.1/crl/sign-ca.crl", CrlUrl(pki.SignCertificate));
    }

    [Fact]
    public void CertificatesAreRsa2048WithSha256AndCarryKeyIdentifiers()
    {
        foreach (var (certificate, ca) in new[] { (pki.AuthCertificate, pki.AuthCa), (pki.SignCertificate, pki.SignCa) })
        {
            Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
            Assert.Equal("1.2.840.113549.1.1.11", certificate.SignatureAlgorithm.Value);
            var authorityKey = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().Single();
            var caKey = ca.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single();
            Assert.Equal(caKey.SubjectKeyIdentifier, Convert.ToHexString(authorityKey.KeyIdentifier!.Value.Span));
        }
    }

    [Fact]
    public async Task CardFileIsASoftwareCardThatSignsWithTheAuthCertificatesKey()
    {
        await using var card = new SoftwareCard(CardFile.Parse(pki.Card.ToJson()));
        Assert.Equal("9000", Send(card, "00A4040C0AD392F000260100000001"));
        Assert.Equal("9000", Send(card, "00A4020C02000A"));
        var certificate = Response(card, "00B00000000000");
        Assert.Equal(pki.AuthCertificate.RawData, certificate);
        Assert.Equal(pki.AuthCa.RawData, Response(card, "00A4020C02000B", "00B00000000000"));
        var hash = SHA256.HashData("challenge"u8);
        var signature = Response(card, "00A4020C020018", $"0020008004{Convert.ToHexString(Encoding.ASCII.GetBytes(Pki.AuthPin))}",
            "00A4020C020017", $"802A008033{"3031300D060960864801650304020105000420"}{Convert.ToHexString(hash)}00");
        Assert.True(pki.AuthCertificate.GetRSAPublicKey()!.VerifyHash(hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.Equal(pki.SignCertificate.RawData, Response(card, "00A4020C02001B",
            $"0020008009{Convert.ToHexString(Encoding.ASCII.GetBytes(Pki.SignPin))}", "00A4020C020001", "00B00000000000"));
    }

    [Fact]
    public async Task CardInputApHoldsTheBasicFourItemsBehindTheAuthPinDigitsByDefault()
    {
        await using var card = new SoftwareCard(CardFile.Parse(pki.Card.ToJson()));
        var items = Response(card, "00A4040C0AD3921000310001010408", "00A4020C020011",
            $"0020008004{Convert.ToHexString(Encoding.ASCII.GetBytes(Pki.AuthPin))}", "00A4020C020002", "00B00000000000");
        var fields = new AsnReader(items, AsnEncodingRules.BER).ReadSequence(new Asn1Tag(TagClass.Private, 0x20, true));
        fields.ReadOctetString(new Asn1Tag(TagClass.Private, 0x21));
        Assert.Equal(Pki.Name, Encoding.UTF8.GetString(fields.ReadOctetString(new Asn1Tag(TagClass.Private, 0x22))));
        Assert.Equal(Pki.Address, Encoding.UTF8.GetString(fields.ReadOctetString(new Asn1Tag(TagClass.Private, 0x23))));
        Assert.Equal("19900102", Encoding.ASCII.GetString(fields.ReadOctetString(new Asn1Tag(TagClass.Private, 0x24))));
        Assert.Equal("1", Encoding.ASCII.GetString(fields.ReadOctetString(new Asn1Tag(TagClass.Private, 0x25))));
        Assert.Equal((3, 5, 3), (pki.Card.Jpki.Authentication.Pin.MaxTries, pki.Card.Jpki.Signing.Pin.MaxTries, pki.Card.CardInput.Pin.MaxTries));
        Assert.True(pki.Card.Settings.SupportsExtendedLength);
    }

    [Fact]
    public void OptionsChangeTheCardAndTheCertificates()
    {
        var path = Path.Combine(pki.Folder, "options.json");
        Tool.Ok("issue", "--ca", pki.CaDir, "--out", path, "--name", "佐藤　花子", "--address", "大阪府大阪市北区", "--birth", "2020-01-02",
            "--sex", "9", "--auth-pin", "0000", "--sign-pin", "ZZZZZZ", "--card-input-pin", "5555", "--no-extended-length",
            "--auth-client-auth-eku", "--crl-base-url", "https://crl.example.test/jpki", "--prefecture", "Osaka", "--city", "Osaka-shi",
            "--valid-days", "30");
        var card = CardFile.Load(path);
        Assert.False(card.Settings.SupportsExtendedLength);
        Assert.True(card.CardInput.Pin.Matches("5555"u8) && !card.CardInput.Pin.Matches("0000"u8));
        Assert.Equal("9", card.CardInput.Sex);
        using var auth = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(card.Jpki.Authentication.Certificate));
        using var sign = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(card.Jpki.Signing.Certificate));
        Assert.Equal("1.3.6.1.5.5.7.3.2", auth.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages[0].Value);
        Assert.Equal("https://crl.example.test/jpki/auth-ca.crl", CrlUrl(auth));
        Assert.InRange((auth.NotAfter - auth.NotBefore).TotalDays, 30, 30.01);
        var names = OtherNames(sign).ToDictionary();
        Assert.Equal("520200102", names[$"{JpkiArc}.4"]);
        Assert.Equal("3", names[$"{JpkiArc}.3"]);
        Assert.Contains("L=Osaka-shi", sign.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void SerialsAreUniqueAndCountedInCaJson()
    {
        var state = File.ReadAllText(Path.Combine(pki.CaDir, "ca.json"));
        Assert.Contains("\"nextSerial\"", state, StringComparison.Ordinal);
        Assert.NotEqual(pki.AuthCertificate.SerialNumber, pki.SignCertificate.SerialNumber);
        Assert.Matches("^[1-7][0-9A-F]{15}$", pki.AuthCertificate.SerialNumber);
    }

    [Fact]
    public void IssueRefusesToReplaceACardFileWithoutForce()
    {
        var before = File.ReadAllText(pki.CardPath);
        var run = Tool.Run("issue", "--ca", pki.CaDir, "--out", pki.CardPath, "--name", "x", "--address", "y", "--birth", "2000-01-01",
            "--sex", "2", "--auth-pin", "1111", "--sign-pin", "AAAAAA");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--force", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(pki.CardPath));
    }

    private static bool Chains(X509Certificate2 certificate, X509Certificate2 root, out string status)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var built = chain.Build(certificate);
        status = string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation}"));
        return built && chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(root.RawData);
    }

    private static List<(string Oid, string Value)> OtherNames(X509Certificate2 certificate)
    {
        var reader = new AsnReader(certificate.Extensions["2.5.29.17"]!.RawData, AsnEncodingRules.DER).ReadSequence();
        var names = new List<(string, string)>();
        while (reader.HasData)
        {
            var otherName = reader.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
            var oid = otherName.ReadObjectIdentifier();
            var value = otherName.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
            names.Add((oid, value.ReadCharacterString(UniversalTagNumber.UTF8String)));
        }
        return names;
    }

    private static string Policy(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions["2.5.29.32"]!;
        Assert.True(extension.Critical);
        return new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence().ReadSequence().ReadObjectIdentifier();
    }

    private static string CrlUrl(X509Certificate2 certificate)
    {
        // CRLDistributionPoints { DistributionPoint { [0] fullName { [0] { [6] URI } } } }
        var point = new AsnReader(certificate.Extensions["2.5.29.31"]!.RawData, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        var fullName = point.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true));
        return fullName.ReadCharacterString(UniversalTagNumber.IA5String, new Asn1Tag(TagClass.ContextSpecific, 6));
    }

    private static string Send(SoftwareCard card, string command) => Convert.ToHexString(card.Process(Convert.FromHexString(command)));

    private static byte[] Response(SoftwareCard card, params string[] commands)
    {
        var response = Array.Empty<byte>();
        foreach (var command in commands)
        {
            response = card.Process(Convert.FromHexString(command));
            Assert.Equal("9000", Convert.ToHexString(response[^2..]));
        }
        return response[..^2];
    }
}
