using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// The current CRL of each JPKI CA, in memory. Filled only by <see cref="CrlRefresher"/>: a verification never fetches
/// a CRL, it only probes the hash set here, so a slow or absent CRL distribution point never slows a login.
/// </summary>
public sealed class CrlStore(TrustAnchors anchors, ILogger<CrlStore>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CrlStore>.Instance;
    private readonly Lock _gate = new();
    private volatile CrlSnapshot? _authentication;
    private volatile CrlSnapshot? _signing;

    public CrlSnapshot? Current(CertificatePurpose purpose) =>
        purpose == CertificatePurpose.Authentication ? _authentication : _signing;

    /// <summary>
    /// Makes <paramref name="der"/> the current CRL of <paramref name="purpose"/>'s CA if it is that CA's, correctly
    /// signed, and newer (higher CRL number) than the current one; otherwise the current one stays.
    /// </summary>
    public CrlOffer Offer(CertificatePurpose purpose, byte[] der)
    {
        CrlSnapshot candidate;
        try
        {
            candidate = CrlSnapshot.Parse(der, anchors.For(purpose));
        }
        catch (CrlRejectedException e)
        {
            _logger.LogWarning(e, "Rejected a {Purpose} CRL; the previous one stays current.", purpose);
            return CrlOffer.Rejected;
        }
        lock (_gate)
        {
            var current = Current(purpose);
            if (current is not null && candidate.Number <= current.Number)
            {
                if (candidate.Number < current.Number)
                {
                    _logger.LogWarning("Ignored a {Purpose} CRL numbered {Offered}, older than the current {Current}.",
                        purpose, candidate.Number, current.Number);
                }
                return CrlOffer.NotNewer;
            }
            if (purpose == CertificatePurpose.Authentication)
            {
                _authentication = candidate;
            }
            else
            {
                _signing = candidate;
            }
        }
        _logger.LogInformation("{Purpose} CRL {Number} is current: {Count} revoked, next update {NextUpdate:o}.",
            purpose, candidate.Number, candidate.RevokedCount, candidate.NextUpdate);
        return CrlOffer.Accepted;
    }

    public Revocation Check(X509Certificate2 certificate, CertificatePurpose purpose, DateTimeOffset now) =>
        Check(certificate.SerialNumber, purpose, now);

    /// <summary>
    /// The revocation state of the serial (hex) at <paramref name="now"/>. A CRL past its nextUpdate says nothing
    /// about revocations made since, so it answers Unknown rather than Good.
    /// </summary>
    public Revocation Check(string serialHex, CertificatePurpose purpose, DateTimeOffset now) =>
        Check(serialHex, purpose, now, out _);

    /// <summary>As <see cref="Check(string, CertificatePurpose, DateTimeOffset)"/>, also naming the CRL that answered
    /// (null when none did), as evidence of what a signature was checked against.</summary>
    public Revocation Check(string serialHex, CertificatePurpose purpose, DateTimeOffset now, out CrlSnapshot? checkedAgainst)
    {
        // One read of the volatile field: the answer and the evidence come from the same CRL even during a refresh.
        var crl = Current(purpose);
        checkedAgainst = crl;
        if (crl is null || now > crl.NextUpdate)
        {
            return Revocation.Unknown;
        }
        return crl.IsRevoked(serialHex) ? Revocation.Revoked : Revocation.Good;
    }
}
