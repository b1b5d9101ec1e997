using Microsoft.Azure.Cosmos;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// Finds a device authorization by the user code a resident typed on the device page (RFC 8628 §3.3). A
/// cross-partition query over the few live documents of <c>cardRequests</c> (TTL keeps it small); read-only.
/// </summary>
public sealed class DeviceAuthorizationLookup(
    DocumentStore<DeviceAuthorization> store, CardRequestRepository cardRequests, TimeProvider clock)
{
    public DeviceAuthorizationLookup(PortalDatabase database, CardRequestRepository cardRequests, TimeProvider clock)
        : this(new DocumentStore<DeviceAuthorization>(database.Container(PortalContainers.CardRequests)), cardRequests, clock)
    {
    }

    /// <param name="typed">As typed: case, hyphens and spaces do not matter.</param>
    public async Task<UserCodeMatch> FindAsync(string? typed, CancellationToken cancellationToken)
    {
        if (UserCodes.Normalize(typed) is not { } code)
        {
            return new UserCodeMatch(UserCodeStatus.Unknown);
        }
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.userCode = @code")
            .WithParameter("@type", DeviceAuthorization.DocumentType)
            .WithParameter("@code", code);
        // Codes are random (34.5 bits), but a clash with an old, expired one is possible: the newest decides.
        // A cross-partition page may come back empty with a continuation, so read to the end (a handful at most).
        var matches = new List<DeviceAuthorization>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(query, partitionKey: null, pageSize: 10, continuation, cancellationToken);
            matches.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        var found = matches.MaxBy(a => a.CreatedAt);
        if (found is null)
        {
            return new UserCodeMatch(UserCodeStatus.Unknown);
        }
        if (found.State != DeviceAuthorizationStates.Pending)
        {
            return new UserCodeMatch(UserCodeStatus.Used);
        }
        if (found.IsExpiredAt(clock.GetUtcNow()))
        {
            return new UserCodeMatch(UserCodeStatus.Expired);
        }
        var request = (await cardRequests.FindAsync(found.CardRequestId, cancellationToken))?.Document;
        return request switch
        {
            null => new UserCodeMatch(UserCodeStatus.Expired),
            { IsUsed: true } => new UserCodeMatch(UserCodeStatus.Used),
            _ => new UserCodeMatch(UserCodeStatus.Pending, found),
        };
    }
}
