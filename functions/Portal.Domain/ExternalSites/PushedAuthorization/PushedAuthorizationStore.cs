using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>Pushed authorization requests in <see cref="PortalContainers.Grants"/>: saved once, taken once.</summary>
public sealed class PushedAuthorizationStore(PortalDatabase database, TimeProvider clock)
{
    private readonly DocumentStore<PushedAuthorizationRequest> _store = new(database.Container(PortalContainers.Grants));

    public Task SaveAsync(PushedAuthorizationRequest request, CancellationToken cancellationToken) =>
        _store.CreateAsync(request, cancellationToken);

    /// <summary>
    /// The request behind <paramref name="requestUri"/> if <paramref name="clientId"/> pushed it and it has not expired,
    /// removed as it is taken (RFC 9126 §4: one use). Null otherwise — unknown, already taken, another client's, or
    /// expired (the TTL removes it only eventually, so the time is checked here). Another client's is left alone: the
    /// client that pushed it can still use it.
    /// </summary>
    public async Task<PushedAuthorizationRequest?> TakeAsync(string clientId, string? requestUri, CancellationToken cancellationToken)
    {
        if (!RequestUris.IsRequestUri(requestUri))
        {
            return null;
        }
        var id = RequestUris.StoredIdOf(requestUri);
        var stored = await _store.ReadAsync(id, id, cancellationToken);
        if (stored is null || !string.Equals(stored.Document.ClientId, clientId, StringComparison.Ordinal)
            || clock.GetUtcNow() >= stored.Document.ExpiresAt)
        {
            return null;
        }
        // Deleted with the ETag read: of two takes at once, only the one whose delete succeeds gets the request.
        try
        {
            return await _store.DeleteAsync(id, id, stored.ETag, cancellationToken) ? stored.Document : null;
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }
}
