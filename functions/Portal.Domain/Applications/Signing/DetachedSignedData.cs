using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Nist;
using PkcsObjectIdentifiers = Org.BouncyCastle.Asn1.Pkcs.PkcsObjectIdentifiers;
using AlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;
using X509CertificateStructure = Org.BouncyCastle.Asn1.X509.X509CertificateStructure;

namespace Portal.Domain.Applications.Signing;

/// <summary>
/// Wraps a signature the card made elsewhere into a standard RFC 5652 SignedData, detached (the canonical document is
/// stored beside it, not inside): any CMS verifier given the document can check it, which is what makes it evidence.
/// </summary>
public static class DetachedSignedData
{
    private static readonly AlgorithmIdentifier Sha256 = new(NistObjectIdentifiers.IdSha256, DerNull.Instance);

    /// <param name="signedAttributes">The DER SET OF (tag 0x31) the card signed, as <c>SigningAttributes.Create</c> made it.</param>
    /// <param name="signature">The card's RSA PKCS#1 v1.5 signature over SHA-256 of <paramref name="signedAttributes"/>.</param>
    /// <param name="certificateDer">The signing certificate, included so the CMS stands on its own.</param>
    /// <returns>The DER ContentInfo of the SignedData.</returns>
    /// <exception cref="ArgumentException">The attributes are not a DER SET or the certificate is not a certificate.</exception>
    public static byte[] Assemble(byte[] signedAttributes, byte[] signature, byte[] certificateDer)
    {
        ArgumentNullException.ThrowIfNull(signedAttributes);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(certificateDer);
        if (signedAttributes.Length == 0 || signedAttributes[0] != 0x31)
        {
            throw new ArgumentException("The signed attributes must be a DER SET OF (tag 0x31).", nameof(signedAttributes));
        }
        Asn1Set attributes;
        X509CertificateStructure certificate;
        try
        {
            attributes = Asn1Set.GetInstance(Asn1Object.FromByteArray(signedAttributes));
            certificate = X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(certificateDer));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            throw new ArgumentException("The attributes or the certificate cannot be parsed.", e);
        }
        // The SignerInfo writes the SET with tag [0] IMPLICIT; its DER re-encoding sorts, and the card's input was
        // already sorted DER, so a verifier restoring tag 0x31 gets back exactly the bytes the card signed.
        if (!attributes.GetEncoded(Asn1Encodable.Der).AsSpan().SequenceEqual(signedAttributes))
        {
            throw new ArgumentException("The signed attributes are not in DER (a verifier could not rebuild them).", nameof(signedAttributes));
        }
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(certificate.Issuer, certificate.SerialNumber)),
            Sha256,
            attributes,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance),
            new DerOctetString(signature),
            null);
        var signedData = new SignedData(
            new DerSet(Sha256),
            new ContentInfo(CmsObjectIdentifiers.Data, null),
            new DerSet(certificate),
            null,
            new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }
}
