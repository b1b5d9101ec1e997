using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// Decides whether a JPKI certificate offered by a card may be used for a purpose at a time, and verifies the card's
/// signatures with it. Revocation comes from the <see cref="CrlStore"/> only (never fetched here); the optional
/// <see cref="ValidatedCertificateCache"/> skips the chain and key-usage work for a certificate seen before.
/// </summary>
public sealed class CertificateValidator(TrustAnchors anchors, CrlStore crls, ValidatedCertificateCache? cache = null)
{
    /// <exception cref="CertificateRefusedException">The certificate may not be used for <paramref name="purpose"/> at <paramref name="now"/>.</exception>
    public ValidatedCertificate Validate(byte[] certificateDer, CertificatePurpose purpose, DateTimeOffset now) =>
        Validate(certificateDer, purpose, now, out _);

    /// <summary>As <see cref="Validate(byte[], CertificatePurpose, DateTimeOffset)"/>, also giving the CRL the
    /// certificate was found not revoked on (kept as evidence with a signed application).</summary>
    /// <exception cref="CertificateRefusedException">The certificate may not be used for <paramref name="purpose"/> at <paramref name="now"/>.</exception>
    public ValidatedCertificate Validate(byte[] certificateDer, CertificatePurpose purpose, DateTimeOffset now, out CrlSnapshot checkedAgainst)
    {
        ArgumentNullException.ThrowIfNull(certificateDer);
        var sha256 = Convert.ToHexString(SHA256.HashData(certificateDer));
        var validated = cache?.Find(purpose, sha256, now);
        if (validated is null)
        {
            validated = ValidateStatically(certificateDer, sha256, purpose, now);
            cache?.Add(validated, now);
        }
        // Every call, cached or not: a revocation takes effect at the next CRL refresh for every certificate.
        switch (crls.Check(validated.SerialNumber, purpose, now, out var crl))
        {
            case Revocation.Revoked:
                throw new CertificateRefusedException(CertificateRefusal.Revoked, $"serial {validated.SerialNumber} is on the CRL.");
            case Revocation.Unknown:
                throw new CertificateRefusedException(CertificateRefusal.RevocationUnknown, $"there is no current {purpose} CRL.");
        }
        checkedAgainst = crl!;
        return validated;
    }

    /// <summary>
    /// What the current CRL says of a certificate seen earlier and named by issuer and serial (a login's card, checked
    /// again at every refresh). A certificate of another issuer than the current anchor is answered Revoked: no CRL
    /// this portal reads speaks for it any more.
    /// </summary>
    public Revocation CheckRevocation(string issuer, string serialNumber, CertificatePurpose purpose, DateTimeOffset now) =>
        string.Equals(issuer, anchors.For(purpose).Subject, StringComparison.Ordinal)
            ? crls.Check(serialNumber, purpose, now)
            : Revocation.Revoked;

    /// <summary>
    /// Whether <paramref name="signature"/> is the card's RSA PKCS#1 v1.5 signature of the SHA-256 DigestInfo of
    /// <paramref name="data"/> (what COMPUTE DIGITAL SIGNATURE produces when given that DigestInfo).
    /// </summary>
    public bool VerifySignature(ValidatedCertificate certificate, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        try
        {
            return certificate.PublicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            // A signature of the wrong length or out of range for the modulus is simply not a valid signature.
            return false;
        }
    }

    /// <exception cref="CertificateRefusedException">With <see cref="CertificateRefusal.SignatureInvalid"/>.</exception>
    public void EnsureSignature(ValidatedCertificate certificate, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!VerifySignature(certificate, data, signature))
        {
            throw new CertificateRefusedException(CertificateRefusal.SignatureInvalid, "the signature does not verify with the certificate's key.");
        }
    }

    private ValidatedCertificate ValidateStatically(byte[] der, string sha256, CertificatePurpose purpose, DateTimeOffset now)
    {
        using var certificate = Load(der);
        var anchor = anchors.For(purpose);
        CheckChain(certificate, anchor, purpose, now);
        CheckKeyUsage(certificate, purpose);
        var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
        if (now < notBefore)
        {
            throw new CertificateRefusedException(CertificateRefusal.NotYetValid, $"valid from {notBefore:o}.");
        }
        if (now > notAfter)
        {
            throw new CertificateRefusedException(CertificateRefusal.Expired, $"expired at {notAfter:o}.");
        }
        var publicKey = certificate.GetRSAPublicKey()
            ?? throw new CertificateRefusedException(CertificateRefusal.Malformed, "the key is not RSA.");
        return new ValidatedCertificate(purpose, certificate.Subject, certificate.Issuer, certificate.SerialNumber,
            notBefore, notAfter, sha256, publicKey);
    }

    /// <summary>
    /// Exactly one DER certificate and nothing else: the framing is checked first, because the loader also accepts
    /// PEM and other containers, and any parser failure (of whatever type) is the resident's bad data, not ours.
    /// </summary>
    private static X509Certificate2 Load(byte[] der)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.DER, out _, out _, out var consumed);
            if (consumed != der.Length || der[0] != 0x30)
            {
                throw new CertificateRefusedException(CertificateRefusal.Malformed, "not a single DER SEQUENCE.");
            }
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            throw new CertificateRefusedException(CertificateRefusal.Malformed, "not a DER X.509 certificate.", e);
        }
    }

    /// <summary>
    /// The chain must be exactly leaf → the purpose's anchor, trusted only because that anchor is configured (not the
    /// system store). Times are judged separately (clearer refusals); revocation is ours, from the CRL store.
    /// </summary>
    private static void CheckChain(X509Certificate2 certificate, X509Certificate2 anchor, CertificatePurpose purpose, DateTimeOffset now)
    {
        if (now < anchor.NotBefore.ToUniversalTime() || now > anchor.NotAfter.ToUniversalTime())
        {
            throw new CertificateRefusedException(CertificateRefusal.Untrusted, $"the {purpose} anchor is not valid at {now:o}.");
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(anchor);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
        var built = chain.Build(certificate);
        var elements = chain.ChainElements;
        if (!built || elements.Count != 2 || !elements[^1].Certificate.RawDataMemory.Span.SequenceEqual(anchor.RawDataMemory.Span))
        {
            var status = string.Join(", ", chain.ChainStatus.Select(s => s.Status));
            throw new CertificateRefusedException(CertificateRefusal.Untrusted, $"does not chain to the {purpose} anchor ({status}).");
        }
    }

    /// <summary>
    /// keyUsage is required: digitalSignature to log in; nonRepudiation (JPKI's signing certificates carry it with
    /// digitalSignature) or digitalSignature to sign.
    /// </summary>
    private static void CheckKeyUsage(X509Certificate2 certificate, CertificatePurpose purpose)
    {
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages ?? X509KeyUsageFlags.None;
        var allowed = purpose == CertificatePurpose.Authentication
            ? X509KeyUsageFlags.DigitalSignature
            : X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.DigitalSignature;
        if ((usage & allowed) == 0)
        {
            throw new CertificateRefusedException(CertificateRefusal.WrongKeyUsage, $"keyUsage {usage} does not allow {purpose}.");
        }
    }
}
