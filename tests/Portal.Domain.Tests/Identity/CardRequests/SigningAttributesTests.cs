using Portal.Contracts.CardRequests;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MynaCard.Jpki;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Nist;
using PkcsObjectIdentifiers = Org.BouncyCastle.Asn1.Pkcs.PkcsObjectIdentifiers;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;
using BcAlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;
using BcContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using BcSignedData = Org.BouncyCastle.Asn1.Cms.SignedData;
using BcSignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace Portal.Domain.Tests.Identity.CardRequests;

public sealed class SigningAttributesTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("{\"procedure\":\"転入届\",\"name\":\"山田 花子\"}");
    private static readonly DateTimeOffset SigningTime = new(2026, 11, 27, 9, 30, 15, TimeSpan.Zero);
    private const string RequestId = "AAAAAAAAAAAAAAAAAAAAAA";
    private const string Audience = "https://portal.example";
    private static readonly string Nonce = System.Buffers.Text.Base64Url.EncodeToString(new byte[32]);

    [Fact]
    public void TheAttributesAreADerSetOfContentTypeDigestTimeAndTheBinding()
    {
        var der = SigningAttributes.Create(SHA256.HashData(Document), SigningTime, RequestId, Audience, Nonce);

        Assert.Equal(0x31, der[0]);
        var set = new AsnReader(der, AsnEncodingRules.DER).ReadSetOf();
        var values = new Dictionary<string, AsnReader>();
        while (set.HasData)
        {
            var attribute = set.ReadSequence();
            var oid = attribute.ReadObjectIdentifier();
            values[oid] = attribute.ReadSetOf();
            Assert.False(attribute.HasData);
        }
        Assert.Equal(4, values.Count);
        Assert.Equal(SigningAttributes.DataOid, values[SigningAttributes.ContentTypeOid].ReadObjectIdentifier());
        Assert.Equal(SHA256.HashData(Document), values[SigningAttributes.MessageDigestOid].ReadOctetString());
        Assert.Equal(UniversalTagNumber.UtcTime, (UniversalTagNumber)values[SigningAttributes.SigningTimeOid].PeekTag().TagValue);
        Assert.Equal(SigningTime, values[SigningAttributes.SigningTimeOid].ReadUtcTime());
        var binding = values[SigningAttributes.CardRequestBindingOid].ReadSequence();
        Assert.Equal(1, (int)binding.ReadInteger());
        Assert.Equal(RequestId, binding.ReadCharacterString(UniversalTagNumber.UTF8String));
        Assert.Equal(Audience, binding.ReadCharacterString(UniversalTagNumber.UTF8String));
        Assert.Equal(new byte[32], binding.ReadOctetString());
    }

    [Fact]
    public void TheSignerReadsBackWhichRequestAndWhichPortalTheAttributesName()
    {
        var der = SigningAttributes.Create(SHA256.HashData(Document), SigningTime, RequestId, Audience, Nonce);

        Assert.True(SigningAttributes.TryReadBinding(der, out var binding));
        Assert.Equal(new SigningBinding(RequestId, Audience), binding);
        Assert.False(SigningAttributes.TryReadBinding(Encoding.UTF8.GetBytes("not DER"), out _));
        Assert.False(SigningAttributes.TryReadBinding(der.AsMemory(0, der.Length - 1), out _));
    }

    [Fact]
    public void TheEncodingIsCanonicalDer()
    {
        var der = SigningAttributes.Create(SHA256.HashData(Document), SigningTime, RequestId, Audience, Nonce);

        // BouncyCastle's DER re-encoding sorts the SET OF again: the same bytes mean ours were already sorted.
        Assert.Equal(der, Asn1Object.FromByteArray(der).GetEncoded(Asn1Encodable.Der));
    }

    [Fact]
    public void ADigestThatIsNotSha256IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SigningAttributes.Create(new byte[20], SigningTime, RequestId, Audience, Nonce));
    }

    [Fact]
    public async Task TheCardsSignatureOverTheAttributesIsTheSignatureOfAStandardCmsSignedData()
    {
        var card = pki.Issue();
        // BouncyCastle also checks that the certificate was valid at the signing time.
        var attributes = SigningAttributes.Create(SHA256.HashData(Document), card.NotBefore.AddMinutes(1), RequestId, Audience, Nonce);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, attributes);

        var encoded = AssembleSignedData(Document, attributes, signature, card.SigningCertificate);

        var certificate = new X509CertificateParser().ReadCertificate(card.SigningCertificate);
        var signer = Assert.Single(new CmsSignedData(encoded).GetSignerInfos().GetSigners());
        Assert.True(signer.Verify(certificate));
        // And .NET's own CMS reader agrees, independently of BouncyCastle.
        var signedCms = new SignedCms();
        signedCms.Decode(encoded);
        signedCms.CheckSignature(new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(card.SigningCertificate)), verifySignatureOnly: true);
    }

    [Fact]
    public async Task TheSignedDataDoesNotVerifyForAnotherDocument()
    {
        var card = pki.Issue();
        // BouncyCastle also checks that the certificate was valid at the signing time.
        var attributes = SigningAttributes.Create(SHA256.HashData(Document), card.NotBefore.AddMinutes(1), RequestId, Audience, Nonce);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, attributes);

        var encoded = AssembleSignedData(Encoding.UTF8.GetBytes("{\"procedure\":\"転出届\"}"), attributes, signature, card.SigningCertificate);

        var signer = Assert.Single(new CmsSignedData(encoded).GetSignerInfos().GetSigners());
        Assert.ThrowsAny<CmsException>(() => signer.Verify(new X509CertificateParser().ReadCertificate(card.SigningCertificate)));
    }

    /// <summary>SignedData { sha256, data = document, certificates = [signer], signerInfo with our attributes and the card's signature }.</summary>
    private static byte[] AssembleSignedData(byte[] document, byte[] attributes, byte[] signature, byte[] certificateDer)
    {
        var certificate = new X509CertificateParser().ReadCertificate(certificateDer);
        var sha256 = new BcAlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance);
        var signerInfo = new BcSignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(certificate.IssuerDN, certificate.SerialNumber)),
            sha256,
            Asn1Set.GetInstance(Asn1Object.FromByteArray(attributes)),
            new BcAlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance),
            new DerOctetString(signature),
            null);
        var signedData = new BcSignedData(
            new DerSet(sha256),
            new BcContentInfo(CmsObjectIdentifiers.Data, new DerOctetString(document)),
            new DerSet(certificate.CertificateStructure),
            null,
            new DerSet(signerInfo));
        return new BcContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }
}
