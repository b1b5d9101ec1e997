using Portal.Contracts.CardRequests;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MynaCard.Jpki;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Tests.Applications.Canonical;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;

namespace Portal.Domain.Tests.Applications.Signing;

public sealed class SignedApplicationTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    private const string RequestId = "AAAAAAAAAAAAAAAAAAAAAA";
    private const string Audience = "https://portal.example";
    private static readonly string Nonce = System.Buffers.Text.Base64Url.EncodeToString(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    private static readonly CanonicalDocument Document = CanonicalDocument.Create(CanonicalDocumentTests.Content());

    [Fact]
    public async Task ASignedApplicationVerifiesAndKeepsTheCrlItWasCheckedAgainst()
    {
        var card = pki.Issue();
        var cms = await SignAsync(card, Document);
        var store = await pki.LoadedStoreAsync();

        var verified = new ApplicationSignatureVerifier(new CertificateValidator(pki.Anchors, store)).Verify(cms, Document.Bytes.Span, Now);

        var crl = store.Current(CertificatePurpose.Signing)!;
        Assert.Equal(crl.Number.ToString(), verified.Evidence.CrlNumber);
        Assert.Equal(crl.ThisUpdate, verified.Evidence.CrlThisUpdate);
        Assert.Equal(crl.NextUpdate, verified.Evidence.CrlNextUpdate);
        Assert.Equal(Now, verified.Evidence.VerifiedAt);
        Assert.Equal(Now, verified.Evidence.SigningTime);
        using var certificate = X509CertificateLoader.LoadCertificate(card.SigningCertificate);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(card.SigningCertificate)), verified.Evidence.CertificateSha256);
        Assert.Equal(new SignerCertificate(certificate.Issuer, certificate.SerialNumber), verified.Signer);
        Assert.Equal(CertificatePurpose.Signing, verified.Certificate.Purpose);
        Assert.Equal(new CardRequestBinding(RequestId, Audience, Nonce), verified.Binding);
    }

    [Fact]
    public async Task DotNetsSignedCmsVerifiesTheDetachedSignatureOverTheDocument()
    {
        var card = pki.Issue();
        var cms = await SignAsync(card, Document);

        var signedCms = new SignedCms(new ContentInfo(Document.ToArray()), detached: true);
        signedCms.Decode(cms);
        signedCms.CheckSignature(verifySignatureOnly: true);

        var signer = Assert.Single(signedCms.SignerInfos.Cast<SignerInfo>());
        Assert.Equal(card.SigningCertificate, signer.Certificate!.RawData);
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Equal(SHA256.HashData(Document.Bytes.Span), signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .Single(a => a.Oid.Value == SigningAttributes.MessageDigestOid).Values.Cast<Pkcs9MessageDigest>().Single().MessageDigest);
    }

    [Fact]
    public async Task TheCmsCarriesNoContent()
    {
        var cms = await SignAsync(pki.Card, Document);

        var contentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo.GetInstance(Org.BouncyCastle.Asn1.Asn1Object.FromByteArray(cms));
        var encapsulated = Org.BouncyCastle.Asn1.Cms.SignedData.GetInstance(contentInfo.Content).EncapContentInfo;
        Assert.Equal(Org.BouncyCastle.Asn1.Cms.CmsObjectIdentifiers.Data, encapsulated.ContentType);
        Assert.Null(encapsulated.Content);
    }

    [Fact]
    public async Task ATamperedDocumentIsRefused()
    {
        var cms = await SignAsync(pki.Card, Document);
        var tampered = CanonicalDocument.Create(CanonicalDocumentTests.Content("{\"name\":\"山田 花子\",\"children\":3}"));

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(cms, tampered.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.DocumentMismatch, refused.Refusal);
        var signedCms = new SignedCms(new ContentInfo(tampered.ToArray()), detached: true);
        signedCms.Decode(cms);
        Assert.ThrowsAny<CryptographicException>(() => signedCms.CheckSignature(verifySignatureOnly: true));
    }

    [Fact]
    public async Task ASignatureMadeByAnotherCardIsRefused()
    {
        var card = pki.Issue();
        var other = pki.Issue();
        var attributes = Attributes(Document);
        var othersSignature = await CardSigner.SignAsync(other.File, JpkiKey.Signing, attributes);
        var cms = DetachedSignedData.Assemble(attributes, othersSignature, card.SigningCertificate);

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.SignatureInvalid, refused.Refusal);
    }

    [Fact]
    public async Task ASignatureWithAnotherCardsCertificateIsRefused()
    {
        var card = pki.Issue();
        var other = pki.Issue();
        var attributes = Attributes(Document);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, attributes);
        var cms = DetachedSignedData.Assemble(attributes, signature, other.SigningCertificate);

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.SignatureInvalid, refused.Refusal);
    }

    [Fact]
    public async Task ASignatureWithItsLastByteChangedIsRefused()
    {
        var attributes = Attributes(Document);
        var signature = await CardSigner.SignAsync(pki.Card.File, JpkiKey.Signing, attributes);
        signature[^1] ^= 1;
        var cms = DetachedSignedData.Assemble(attributes, signature, pki.Card.SigningCertificate);

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.SignatureInvalid, refused.Refusal);
    }

    [Fact]
    public async Task ARevokedSigningCertificateIsRefused()
    {
        var card = pki.Issue();
        var cms = await SignAsync(card, Document);
        pki.Revoke(card, "sign");

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<CertificateRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(CertificateRefusal.Revoked, refused.Refusal);
    }

    [Fact]
    public async Task AnAuthenticationCertificateCannotSignAnApplication()
    {
        var card = pki.Issue();
        var attributes = Attributes(Document);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, attributes);
        var cms = DetachedSignedData.Assemble(attributes, signature, card.AuthenticationCertificate);

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<CertificateRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(CertificateRefusal.Untrusted, refused.Refusal);
    }

    [Fact]
    public async Task WithoutACurrentCrlTheSignatureIsRefused()
    {
        var cms = await SignAsync(pki.Card, Document);
        var verifier = new ApplicationSignatureVerifier(new CertificateValidator(pki.Anchors, new CrlStore(pki.Anchors)));

        var refused = Assert.Throws<CertificateRefusedException>(() => verifier.Verify(cms, Document.Bytes.Span, Now));

        Assert.Equal(CertificateRefusal.RevocationUnknown, refused.Refusal);
    }

    [Fact]
    public async Task BytesThatAreNotACmsAreRefusedAsMalformed()
    {
        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(Encoding.ASCII.GetBytes("not a cms"), Document.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.Malformed, refused.Refusal);
    }

    [Fact]
    public async Task ACmsCarryingItsContentIsRefused()
    {
        var attached = ReEncodeAttached(await SignAsync(pki.Card, Document), Document.ToArray());

        var verifier = await VerifierAsync();
        var refused = Assert.Throws<SignatureRefusedException>(() => verifier.Verify(attached, Document.Bytes.Span, Now));

        Assert.Equal(SignatureRefusal.NotDetached, refused.Refusal);
    }

    [Fact]
    public void AttributesThatAreNotADerSetCannotBeAssembled()
    {
        Assert.Throws<ArgumentException>(() => DetachedSignedData.Assemble([0x30, 0x00], new byte[256], pki.Card.SigningCertificate));
    }

    private async Task<ApplicationSignatureVerifier> VerifierAsync() =>
        new(new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync()));

    private static byte[] Attributes(CanonicalDocument document) =>
        SigningAttributes.Create(document.Sha256.Span, Now, RequestId, Audience, Nonce);

    private static async Task<byte[]> SignAsync(TestCard card, CanonicalDocument document)
    {
        var attributes = Attributes(document);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, attributes);
        return DetachedSignedData.Assemble(attributes, signature, card.SigningCertificate);
    }

    /// <summary>The same SignedData with eContent present: [0] EXPLICIT OCTET STRING inside the EncapsulatedContentInfo.</summary>
    private static byte[] ReEncodeAttached(byte[] cms, byte[] content)
    {
        var contentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo.GetInstance(Org.BouncyCastle.Asn1.Asn1Object.FromByteArray(cms));
        var signedData = Org.BouncyCastle.Asn1.Cms.SignedData.GetInstance(contentInfo.Content);
        var attached = new Org.BouncyCastle.Asn1.Cms.SignedData(
            signedData.DigestAlgorithms,
            new Org.BouncyCastle.Asn1.Cms.ContentInfo(Org.BouncyCastle.Asn1.Cms.CmsObjectIdentifiers.Data, new Org.BouncyCastle.Asn1.DerOctetString(content)),
            signedData.Certificates,
            null,
            signedData.SignerInfos);
        return new Org.BouncyCastle.Asn1.Cms.ContentInfo(Org.BouncyCastle.Asn1.Cms.CmsObjectIdentifiers.SignedData, attached)
            .GetEncoded(Org.BouncyCastle.Asn1.Asn1Encodable.Der);
    }
}
