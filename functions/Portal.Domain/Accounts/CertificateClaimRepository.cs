using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary><see cref="CertificateClaim"/>s in <see cref="PortalContainers.Residents"/>.</summary>
public sealed class CertificateClaimRepository(PortalDatabase database)
{
    private readonly DocumentStore<CertificateClaim> _store = new(database.Container(PortalContainers.Residents));

    public async Task<CertificateClaim?> FindAsync(string issuer, string serialNumber, CancellationToken cancellationToken)
    {
        var id = CertificateClaim.IdOf(issuer, serialNumber);
        return (await _store.ReadAsync(id, id, cancellationToken))?.Document;
    }

    /// <summary>Claims the certificate for the account, or answers whoever claimed it first (possibly the same account).</summary>
    public async Task<CertificateClaim> ClaimAsync(string issuer, string serialNumber, string accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = new CertificateClaim
        {
            Id = CertificateClaim.IdOf(issuer, serialNumber),
            AccountId = accountId,
            Issuer = issuer,
            SerialNumber = serialNumber,
            ClaimedAt = now,
        };
        while (true)
        {
            try
            {
                return (await _store.CreateAsync(claim, cancellationToken)).Document;
            }
            catch (Errors.DuplicateDocumentException)
            {
                // Someone claimed it first: theirs stands. (Gone again in between only when that account was deleted.)
                if ((await _store.ReadAsync(claim.Id, claim.Id, cancellationToken))?.Document is { } existing)
                {
                    return existing;
                }
            }
        }
    }

    public Task DeleteAsync(string issuer, string serialNumber, CancellationToken cancellationToken)
    {
        var id = CertificateClaim.IdOf(issuer, serialNumber);
        return _store.DeleteAsync(id, id, null, cancellationToken);
    }
}
