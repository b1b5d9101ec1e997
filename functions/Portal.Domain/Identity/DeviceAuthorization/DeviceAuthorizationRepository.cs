using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// Device authorizations in <see cref="PortalContainers.CardRequests"/> (next to the card requests they wait for, and
/// short-lived like them: each sets its own TTL), keyed by the hash of the device code.
/// </summary>
public sealed class DeviceAuthorizationRepository(PortalDatabase database)
{
    private readonly DocumentStore<DeviceAuthorization> _store = new(database.Container(PortalContainers.CardRequests));

    public Task<Stored<DeviceAuthorization>> CreateAsync(DeviceAuthorization authorization, CancellationToken cancellationToken) =>
        _store.CreateAsync(authorization, cancellationToken);

    public Task<Stored<DeviceAuthorization>?> FindAsync(string id, CancellationToken cancellationToken) =>
        _store.ReadAsync(id, id, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">It changed since <paramref name="etag"/> was read.</exception>
    public Task<Stored<DeviceAuthorization>> ReplaceAsync(DeviceAuthorization authorization, string etag, CancellationToken cancellationToken) =>
        _store.ReplaceAsync(authorization, etag, cancellationToken);

    /// <summary>
    /// The newest authorization with this (normalized) user code, or null. A cross-partition query over the few live
    /// documents (TTL keeps it small). Codes are random (34.5 bits), but a clash with an old, expired one is possible:
    /// the newest decides.
    /// </summary>
    public async Task<DeviceAuthorization?> FindByUserCodeAsync(string userCode, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.userCode = @code")
            .WithParameter("@type", DeviceAuthorization.DocumentType)
            .WithParameter("@code", userCode);
        // A cross-partition page may come back empty with a continuation, so read to the end (a handful at most).
        var matches = new List<DeviceAuthorization>();
        string? continuation = null;
        do
        {
            var page = await _store.QueryAsync(query, partitionKey: null, pageSize: 10, continuation, cancellationToken);
            matches.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return matches.MaxBy(a => a.CreatedAt);
    }
}
