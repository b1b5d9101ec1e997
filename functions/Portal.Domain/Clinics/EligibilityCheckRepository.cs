using Portal.Domain.Storage;

namespace Portal.Domain.Clinics;

/// <summary>The checks in <c>grants</c>, each its own partition; every read names the check.</summary>
public sealed class EligibilityCheckRepository(PortalDatabase database)
{
    private DocumentStore<EligibilityCheck> Store => new(database.Container(PortalContainers.Grants));

    public Task<Stored<EligibilityCheck>?> ReadAsync(string checkId, CancellationToken cancellationToken) =>
        Store.ReadAsync(EligibilityCheck.IdOf(checkId), EligibilityCheck.IdOf(checkId), cancellationToken);

    public Task<Stored<EligibilityCheck>> CreateAsync(EligibilityCheck check, CancellationToken cancellationToken) =>
        Store.CreateAsync(check, cancellationToken);

    /// <returns>Null when another reader decided it first.</returns>
    public Task<Stored<EligibilityCheck>?> TryReplaceAsync(EligibilityCheck check, string etag, CancellationToken cancellationToken) =>
        Store.TryReplaceAsync(check, etag, cancellationToken);
}
