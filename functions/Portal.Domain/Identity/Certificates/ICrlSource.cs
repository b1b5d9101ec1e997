namespace Portal.Domain.Identity.Certificates;

/// <summary>Where the refresher fetches each CA's CRL (a folder now, blob storage once the CRLs are published there).</summary>
public interface ICrlSource
{
    /// <summary>The raw (DER) CRL of <paramref name="purpose"/>'s CA, or null when there is none yet.</summary>
    Task<byte[]?> FetchAsync(CertificatePurpose purpose, CancellationToken cancellationToken);
}
