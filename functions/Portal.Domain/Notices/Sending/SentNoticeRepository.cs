using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Notices in <c>notices</c> as their sender sees them: always through the sending agency's own area partition
/// (<see cref="AgencyArea"/>), and only the documents whose <see cref="Notice.AgencyClientId"/> is that agency's. A
/// personal notice lives in its resident's partition and is reached through its <see cref="NoticePointer"/> in the
/// area partition: two documents per personal notice, one per area notice, whatever the audience's size.
/// </summary>
public sealed class SentNoticeRepository(PortalDatabase database)
{
    private Container Container => database.Container(PortalContainers.Notices);

    private DocumentStore<Notice> Store => new(Container);

    private DocumentStore<NoticePointer> Pointers => new(Container);

    private DocumentStore<SentNoticeEntry> Entries => new(Container);

    /// <summary>
    /// Stores <paramref name="notice"/>, and for a personal one then its pointer in <paramref name="area"/>: the notice
    /// first, so a failure between the two leaves a notice the agency's retry (same key) points to, never a pointer to
    /// nothing.
    /// </summary>
    /// <exception cref="Errors.DuplicateDocumentException">A notice with that id (the same Idempotency-Key) exists.</exception>
    public async Task<Stored<Notice>> CreateAsync(string area, Notice notice, CancellationToken cancellationToken)
    {
        var stored = await Store.CreateAsync(notice, cancellationToken);
        await PointAsync(area, stored.Document, cancellationToken);
        return stored;
    }

    /// <summary>
    /// The notice a create found already there (the same key, sent twice at once or retried after a failure): a
    /// personal one whose pointer was never written gets it now.
    /// </summary>
    public async Task<Stored<Notice>?> CreatedAsync(string area, Notice notice, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(area, notice.Id, cancellationToken);
        if (found is not null || notice.AudienceKey == area)
        {
            return found;
        }
        var stored = await Store.ReadAsync(notice.Id, notice.AudienceKey, cancellationToken);
        if (stored is not null)
        {
            await PointAsync(area, stored.Document, cancellationToken);
        }
        return stored;
    }

    /// <summary>The notice <paramref name="id"/> in <paramref name="area"/>, or the personal notice its pointer names.</summary>
    public async Task<Stored<Notice>?> ReadAsync(string area, string id, CancellationToken cancellationToken) =>
        await Entries.ReadAsync(id, area, cancellationToken) switch
        {
            null => null,
            { Document.IsPointer: true } pointer => await Store.ReadAsync(id, pointer.Document.NoticeAudienceKey!, cancellationToken),
            var entry => new Stored<Notice>(entry.Document.AsNotice(), entry.ETag),
        };

    /// <summary>Replaces the notice where it is; a personal notice's pointer follows its new times.</summary>
    /// <exception cref="Errors.ConcurrencyConflictException">Changed since <paramref name="ifMatch"/> was read.</exception>
    public async Task<Stored<Notice>> ReplaceAsync(string area, Notice notice, string ifMatch, CancellationToken cancellationToken)
    {
        var saved = await Store.ReplaceAsync(notice, ifMatch, cancellationToken);
        await PointAsync(area, saved.Document, cancellationToken);
        return saved;
    }

    /// <summary>
    /// One agency's notices, newest first, optionally in one state at <paramref name="now"/> (states are derived from
    /// the times, so the filter is on the times; stored times are UTC, where string order is time order). Area notices
    /// and pointers come from one query in the area partition; each pointer's notice is then read where it lives, and
    /// kept only if it is still in the state asked for (a pointer's mirrored times may trail a concurrent change).
    /// </summary>
    /// <exception cref="Errors.InvalidContinuationException">The store refused <paramref name="continuation"/>.</exception>
    public async Task<Page<Notice>> ListSentAsync(string area, string clientId, string? state, DateTimeOffset now,
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
        var query = new QueryDefinition("SELECT * FROM c WHERE (c.type = @type OR c.type = @pointer) AND c.agencyClientId = @client"
                + filter + " ORDER BY c.createdAt DESC")
            .WithParameter("@type", Notice.DocumentType)
            .WithParameter("@pointer", NoticePointer.DocumentType)
            .WithParameter("@client", clientId)
            .WithParameter("@now", StoredTime(now));
        var page = await Entries.QueryAsync(query, area, pageSize, continuation, cancellationToken);
        var items = new List<Notice>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            var notice = entry.IsPointer ? (await Store.ReadAsync(entry.Id, entry.NoticeAudienceKey!, cancellationToken))?.Document : entry.AsNotice();
            if (notice is not null && (state is null || notice.StateAt(now) == state))
            {
                items.Add(notice);
            }
        }
        return new Page<Notice>(items, page.ContinuationToken);
    }

    /// <summary>A personal notice's pointer, upserted: it only mirrors the notice, so the last write wins.</summary>
    private async Task PointAsync(string area, Notice notice, CancellationToken cancellationToken)
    {
        if (notice.AudienceKey != area)
        {
            await Pointers.UpsertAsync(NoticePointer.To(notice, area), cancellationToken);
        }
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
