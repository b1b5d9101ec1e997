using System.Numerics;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using X509Certificate2 = System.Security.Cryptography.X509Certificates.X509Certificate2;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// One CRL of one CA, parsed and checked once when it arrives so that a lookup is only a hash-set probe.
/// </summary>
public sealed class CrlSnapshot
{
    private readonly HashSet<string> _revoked;

    private CrlSnapshot(DateTimeOffset thisUpdate, DateTimeOffset nextUpdate, BigInteger number, HashSet<string> revoked)
    {
        ThisUpdate = thisUpdate;
        NextUpdate = nextUpdate;
        Number = number;
        _revoked = revoked;
    }

    public DateTimeOffset ThisUpdate { get; }

    public DateTimeOffset NextUpdate { get; }

    /// <summary>The cRLNumber extension: it only ever grows, which is how an older CRL is recognised and ignored.</summary>
    public BigInteger Number { get; }

    public int RevokedCount => _revoked.Count;

    public bool IsRevoked(string serialHex) => _revoked.Contains(SerialNumbers.Normalize(serialHex));

    /// <summary>
    /// Parses <paramref name="der"/> and checks it was issued and signed by <paramref name="issuer"/>; a CRL without
    /// nextUpdate or CRL number is refused too, because its freshness and order could not be judged.
    /// </summary>
    /// <exception cref="CrlRejectedException">Anything wrong with the CRL.</exception>
    public static CrlSnapshot Parse(byte[] der, X509Certificate2 issuer)
    {
        X509Crl crl;
        X509Certificate anchor;
        try
        {
            crl = new X509CrlParser().ReadCrl(der) ?? throw new CrlRejectedException("The data holds no CRL.");
            anchor = new X509CertificateParser().ReadCertificate(issuer.RawData);
        }
        catch (Exception e) when (e is not CrlRejectedException)
        {
            // BouncyCastle reports bad encodings with several exception types; all mean "not a CRL".
            throw new CrlRejectedException($"The CRL cannot be parsed: {e.Message}", e);
        }
        if (!crl.IssuerDN.Equivalent(anchor.SubjectDN))
        {
            throw new CrlRejectedException($"The CRL is issued by '{crl.IssuerDN}', not by the anchor '{anchor.SubjectDN}'.");
        }
        try
        {
            crl.Verify(anchor.GetPublicKey());
        }
        catch (Exception e)
        {
            throw new CrlRejectedException("The CRL's signature does not verify with the anchor's key.", e);
        }
        var nextUpdate = crl.NextUpdate ?? throw new CrlRejectedException("The CRL has no nextUpdate.");
        var numberValue = crl.GetExtensionValue(X509Extensions.CrlNumber)
            ?? throw new CrlRejectedException("The CRL has no CRL number.");
        var number = DerInteger.GetInstance(X509ExtensionUtilities.FromExtensionValue(numberValue)).Value;
        var revoked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in crl.GetRevokedCertificates() ?? Enumerable.Empty<X509CrlEntry>())
        {
            revoked.Add(SerialNumbers.Normalize(entry.SerialNumber.ToByteArrayUnsigned()));
        }
        return new CrlSnapshot(
            new DateTimeOffset(DateTime.SpecifyKind(crl.ThisUpdate, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(nextUpdate, DateTimeKind.Utc)),
            new BigInteger(number.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true),
            revoked);
    }
}
