using Portal.Domain.Storage;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>The 公金受取口座 documents in <c>residents</c>: at most one per resident, under a fixed id.</summary>
public sealed class PublicFundsAccountRepository(PortalDatabase database)
{
    private DocumentStore<PublicFundsAccount> Store => new(database.Container(PortalContainers.Residents));

    public Task<Stored<PublicFundsAccount>?> ReadAsync(string residentId, CancellationToken cancellationToken) =>
        Store.ReadAsync(PublicFundsAccount.DocumentId, residentId, cancellationToken);

    /// <exception cref="Errors.DuplicateDocumentException">One exists already (another request registered first).</exception>
    public Task<Stored<PublicFundsAccount>> CreateAsync(PublicFundsAccount account, CancellationToken cancellationToken) =>
        Store.CreateAsync(account, cancellationToken);

    /// <returns>Null when the stored version is no longer <paramref name="etag"/> or is gone.</returns>
    public Task<Stored<PublicFundsAccount>?> TryReplaceAsync(PublicFundsAccount account, string etag, CancellationToken cancellationToken) =>
        Store.TryReplaceAsync(account, etag, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException"><paramref name="etag"/> is no longer current.</exception>
    public Task<bool> DeleteAsync(string residentId, string? etag, CancellationToken cancellationToken) =>
        Store.DeleteAsync(PublicFundsAccount.DocumentId, residentId, etag, cancellationToken);
}
