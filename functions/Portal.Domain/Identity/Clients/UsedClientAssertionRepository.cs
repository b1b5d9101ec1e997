using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Clients;

/// <summary>The client-assertion ids (jti) already used, in <see cref="PortalContainers.Grants"/>; each sets its own TTL.</summary>
public sealed class UsedClientAssertionRepository(PortalDatabase database)
{
    private readonly DocumentStore<UsedClientAssertion> _store = new(database.Container(PortalContainers.Grants));

    /// <summary>Records the use; creating it only if absent is what makes a jti usable once.</summary>
    /// <exception cref="Errors.DuplicateDocumentException">It was used before.</exception>
    public Task<Stored<UsedClientAssertion>> CreateAsync(UsedClientAssertion used, CancellationToken cancellationToken) =>
        _store.CreateAsync(used, cancellationToken);
}
