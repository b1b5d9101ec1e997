using System.Buffers.Text;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Nist;
using PkcsObjectIdentifiers = Org.BouncyCastle.Asn1.Pkcs.PkcsObjectIdentifiers;
using X509CertificateStructure = Org.BouncyCastle.Asn1.X509.X509CertificateStructure;
using Time = Org.BouncyCastle.Asn1.Cms.Time;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using BcAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Portal.Domain.Applications.Signing;

/// <summary>
/// Verifies a detached CMS SignedData over a canonical application document: the one signer's messageDigest is the
/// document's SHA-256, its signature over the signed attributes verifies with the included certificate, and that
/// certificate is a valid signing (署名用) certificate now, revocation checked on the current CRL.
/// </summary>
public sealed class ApplicationSignatureVerifier(CertificateValidator validator)
{
    /// <exception cref="SignatureRefusedException">The CMS is unusable or does not sign this document.</exception>
    /// <exception cref="CertificateRefusedException">The signer's certificate may not sign (wrong CA, revoked, expired...).</exception>
    public VerifiedSignature Verify(ReadOnlySpan<byte> cms, ReadOnlySpan<byte> canonicalDocument, DateTimeOffset now)
    {
        var signedData = ParseSignedData(cms.ToArray());
        if (signedData.EncapContentInfo.Content is not null)
        {
            throw new SignatureRefusedException(SignatureRefusal.NotDetached, "the SignedData carries content.");
        }
        if (!CmsObjectIdentifiers.Data.Equals(signedData.EncapContentInfo.ContentType))
        {
            throw new SignatureRefusedException(SignatureRefusal.UnsupportedAlgorithm, "the content type is not id-data.");
        }
        if (signedData.SignerInfos.Count != 1)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, $"{signedData.SignerInfos.Count} signers, not one.");
        }
        var signer = SignerInfo.GetInstance(signedData.SignerInfos[0]);
        CheckAlgorithms(signer);
        var attributes = signer.SignedAttrs
            ?? throw new SignatureRefusedException(SignatureRefusal.Malformed, "the signer has no signed attributes.");
        var table = new AttributeTable(attributes);

        var contentType = Single(table, SigningAttributes.ContentTypeOid);
        if (!CmsObjectIdentifiers.Data.Equals(contentType))
        {
            throw new SignatureRefusedException(SignatureRefusal.UnsupportedAlgorithm, "the signed content type is not id-data.");
        }
        var digest = Single(table, SigningAttributes.MessageDigestOid) as Asn1OctetString
            ?? throw new SignatureRefusedException(SignatureRefusal.Malformed, "the messageDigest is not an OCTET STRING.");
        if (!CryptographicOperations.FixedTimeEquals(digest.GetOctets(), SHA256.HashData(canonicalDocument)))
        {
            throw new SignatureRefusedException(SignatureRefusal.DocumentMismatch, "the signed digest is not the document's.");
        }

        var certificateDer = FindCertificate(signedData, signer);
        var validated = validator.Validate(certificateDer, CertificatePurpose.Signing, now, out var crl);
        // RFC 5652 §5.4: the signature input is the DER of the attributes with their own SET OF tag, not the [0].
        var signedBytes = attributes.GetEncoded(Asn1Encodable.Der);
        if (!validator.VerifySignature(validated, signedBytes, signer.Signature.GetOctets()))
        {
            throw new SignatureRefusedException(SignatureRefusal.SignatureInvalid, "the signature does not verify with the signer's certificate.");
        }

        var evidence = new SignatureEvidence(
            crl.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            crl.ThisUpdate,
            crl.NextUpdate,
            now,
            validated.Sha256,
            SigningTime(table));
        // Issuer and serial as the validator spells them, the same keys the portal finds accounts by.
        return new VerifiedSignature(validated, new SignerCertificate(validated.Issuer, validated.SerialNumber), evidence, Binding(table));
    }

    private static SignedData ParseSignedData(byte[] cms)
    {
        try
        {
            var contentInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(cms));
            if (!CmsObjectIdentifiers.SignedData.Equals(contentInfo.ContentType))
            {
                throw new SignatureRefusedException(SignatureRefusal.Malformed, "the ContentInfo is not a SignedData.");
            }
            return SignedData.GetInstance(contentInfo.Content);
        }
        catch (Exception e) when (e is not SignatureRefusedException)
        {
            // BouncyCastle reports bad encodings with several exception types; all mean the resident's bad data.
            throw new SignatureRefusedException(SignatureRefusal.Malformed, "not a DER CMS SignedData.", e);
        }
    }

    private static void CheckAlgorithms(SignerInfo signer)
    {
        if (!NistObjectIdentifiers.IdSha256.Equals(signer.DigestAlgorithm.Algorithm))
        {
            throw new SignatureRefusedException(SignatureRefusal.UnsupportedAlgorithm, $"digest {signer.DigestAlgorithm.Algorithm} is not SHA-256.");
        }
        var signature = signer.SignatureAlgorithm.Algorithm;
        if (!PkcsObjectIdentifiers.RsaEncryption.Equals(signature) && !PkcsObjectIdentifiers.Sha256WithRsaEncryption.Equals(signature))
        {
            throw new SignatureRefusedException(SignatureRefusal.UnsupportedAlgorithm, $"signature algorithm {signature} is not RSA PKCS#1 v1.5.");
        }
    }

    /// <summary>The included certificate the signer identifier names (issuer and serial): a signer may not point elsewhere.</summary>
    private static byte[] FindCertificate(SignedData signedData, SignerInfo signer)
    {
        if (signer.SignerID.IsTagged)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, "the signer is identified by key identifier, not issuer and serial.");
        }
        var id = IssuerAndSerialNumber.GetInstance(signer.SignerID.ID);
        foreach (var element in signedData.Certificates ?? new DerSet())
        {
            if (element.ToAsn1Object() is not Asn1Sequence)
            {
                continue; // other certificate formats are not ours
            }
            var certificate = X509CertificateStructure.GetInstance(element);
            if (certificate.Issuer.Equivalent(id.Issuer) && certificate.SerialNumber.Value.Equals(id.SerialNumber.Value))
            {
                return certificate.GetEncoded(Asn1Encodable.Der);
            }
        }
        throw new SignatureRefusedException(SignatureRefusal.CertificateMissing, "the signer's certificate is not in the SignedData.");
    }

    private static Asn1Encodable Single(AttributeTable table, string oid)
    {
        var values = table.GetAll(new DerObjectIdentifier(oid));
        if (values.Count != 1 || BcAttribute.GetInstance(values[0]).AttrValues.Count != 1)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, $"the signed attribute {oid} is missing or repeated.");
        }
        return BcAttribute.GetInstance(values[0]).AttrValues[0];
    }

    private static DateTimeOffset? SigningTime(AttributeTable table)
    {
        var attribute = table[new DerObjectIdentifier(SigningAttributes.SigningTimeOid)];
        if (attribute is null || attribute.AttrValues.Count != 1)
        {
            return null;
        }
        var time = Time.GetInstance(attribute.AttrValues[0]).ToDateTime();
        return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
    }

    /// <summary>SEQUENCE { version 1, requestId UTF8String, audience UTF8String, nonce OCTET STRING } (see SigningAttributes).</summary>
    private static CardRequestBinding? Binding(AttributeTable table)
    {
        var attribute = table[new DerObjectIdentifier(SigningAttributes.CardRequestBindingOid)];
        if (attribute is null || attribute.AttrValues.Count != 1)
        {
            return null;
        }
        try
        {
            var sequence = Asn1Sequence.GetInstance(attribute.AttrValues[0]);
            if (sequence.Count != 4 || !DerInteger.GetInstance(sequence[0]).HasValue(1))
            {
                throw new SignatureRefusedException(SignatureRefusal.Malformed, "the card request binding is not version 1.");
            }
            return new CardRequestBinding(
                DerUtf8String.GetInstance(sequence[1]).GetString(),
                DerUtf8String.GetInstance(sequence[2]).GetString(),
                Base64Url.EncodeToString(Asn1OctetString.GetInstance(sequence[3]).GetOctets()));
        }
        catch (ArgumentException e)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, "the card request binding cannot be read.", e);
        }
    }
}
