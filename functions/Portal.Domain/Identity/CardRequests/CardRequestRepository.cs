using Portal.Domain.Storage;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>Card requests in <see cref="PortalContainers.CardRequests"/> (partition key = id, so every call is a point operation).</summary>
public sealed class CardRequestRepository(PortalDatabase database)
{
    private readonly DocumentStore<CardRequest> _store = new(database.Container(PortalContainers.CardRequests));

    public Task<Stored<CardRequest>> CreateAsync(CardRequest request, CancellationToken cancellationToken) =>
        _store.CreateAsync(request, cancellationToken);

    public Task<Stored<CardRequest>?> FindAsync(string id, CancellationToken cancellationToken) =>
        _store.ReadAsync(id, id, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">It changed since <paramref name="etag"/> was read.</exception>
    public Task<Stored<CardRequest>> ReplaceAsync(CardRequest request, string etag, CancellationToken cancellationToken) =>
        _store.ReplaceAsync(request, etag, cancellationToken);
}
