using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Notices in <c>notices</c> as their sender sees them: always within the sending agency's own area partition
/// (<see cref="AgencyArea"/>), and only the documents whose <see cref="Notice.AgencyClientId"/> is that agency's.
/// </summary>
public sealed class SentNoticeRepository(PortalDatabase database)
{
    private DocumentStore<Notice> Store => new(database.Container(PortalContainers.Notices));

    /// <exception cref="Errors.DuplicateDocumentException">A notice with that id (the same Idempotency-Key) exists.</exception>
    public Task<Stored<Notice>> CreateAsync(Notice notice, CancellationToken cancellationToken) =>
        Store.CreateAsync(notice, cancellationToken);

    public Task<Stored<Notice>?> ReadAsync(string audienceKey, string id, CancellationToken cancellationToken) =>
        Store.ReadAsync(id, audienceKey, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">Changed since <paramref name="ifMatch"/> was read.</exception>
    public Task<Stored<Notice>> ReplaceAsync(Notice notice, string ifMatch, CancellationToken cancellationToken) =>
        Store.ReplaceAsync(notice, ifMatch, cancellationToken);

    /// <summary>
    /// One agency's notices, newest first, optionally in one state at <paramref name="now"/> (states are derived from
    /// the times, so the filter is on the times; stored times are UTC, where string order is time order).
    /// </summary>
    /// <exception cref="Errors.InvalidContinuationException">The store refused <paramref name="continuation"/>.</exception>
    public Task<Page<Notice>> ListSentAsync(string audienceKey, string clientId, string? state, DateTimeOffset now,
        int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        const string Live = "(NOT IS_DEFINED(c.withdrawnAt) OR IS_NULL(c.withdrawnAt))";
        var filter = state switch
        {
            NoticeStates.Withdrawn => " AND IS_DEFINED(c.withdrawnAt) AND NOT IS_NULL(c.withdrawnAt)",
            NoticeStates.Expired => $" AND {Live} AND c.expiresAt <= @now",
            NoticeStates.Scheduled => $" AND {Live} AND c.expiresAt > @now AND c.publishAt > @now",
            NoticeStates.Published => $" AND {Live} AND c.expiresAt > @now AND c.publishAt <= @now",
            _ => "",
        };
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.type = @type AND c.agencyClientId = @client" + filter + " ORDER BY c.createdAt DESC")
            .WithParameter("@type", Notice.DocumentType)
            .WithParameter("@client", clientId)
            .WithParameter("@now", StoredTime(now));
        return Store.QueryAsync(query, audienceKey, pageSize, continuation, cancellationToken);
    }

    /// <summary>A replace that answers null instead of throwing when someone else changed the notice first.</summary>
    public Task<Stored<Notice>?> TryReplaceAsync(Notice notice, string ifMatch, CancellationToken cancellationToken) =>
        Store.TryReplaceAsync(notice, ifMatch, cancellationToken);

    /// <summary>
    /// Published notices whose fan-out has not started (every area's: a cross-partition query, run by the publishing
    /// timer over the few notices waiting, never per resident).
    /// </summary>
    public Task<Page<Notice>> DueForFanOutAsync(DateTimeOffset now, int pageSize, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.publishAt <= @now AND c.expiresAt > @now"
                + " AND (NOT IS_DEFINED(c.fanOutStartedAt) OR IS_NULL(c.fanOutStartedAt))"
                + " AND (NOT IS_DEFINED(c.withdrawnAt) OR IS_NULL(c.withdrawnAt))")
            .WithParameter("@type", Notice.DocumentType)
            .WithParameter("@now", StoredTime(now));
        return Store.QueryAsync(query, null, pageSize, null, cancellationToken);
    }

    /// <summary>A time as documents store it (UTC, "+00:00"), so string comparison is time comparison.</summary>
    private static string StoredTime(DateTimeOffset time) =>
        System.Text.Json.JsonSerializer.Serialize(time.ToUniversalTime(), CosmosClientFactory.DocumentJson).Trim('"');
}
