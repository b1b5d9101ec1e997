using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices;

/// <summary>
/// Notices in <c>notices</c>, read within a known set of audience partitions (an inbox's area chain and own key).
/// Times are stored in UTC: the live filter and the newest-first order compare the serialized times as strings, which
/// only orders instants correctly when every one carries the same offset (see <see cref="InUtc"/>).
/// </summary>
public sealed class NoticeRepository(PortalDatabase database)
{
    private DocumentStore<Notice> Store => new(database.Container(PortalContainers.Notices));

    /// <exception cref="Errors.DuplicateDocumentException">A notice with that id is already in its partition.</exception>
    public Task<Stored<Notice>> CreateAsync(Notice notice, CancellationToken cancellationToken) =>
        Store.CreateAsync(InUtc(notice), cancellationToken);

    public Task<bool> DeleteAsync(string audienceKey, string id, CancellationToken cancellationToken) =>
        Store.DeleteAsync(id, audienceKey, null, cancellationToken);

    /// <summary>The notice with <paramref name="id"/> in one of <paramref name="audienceKeys"/>, whatever its state.</summary>
    public async Task<Notice?> FindAsync(string id, IReadOnlyList<string> audienceKeys, CancellationToken cancellationToken)
    {
        var query = InPartitions("SELECT * FROM c WHERE c.type = @type AND c.id = @id", audienceKeys).WithParameter("@id", id);
        var page = await Store.QueryAsync(query, null, 1, null, cancellationToken);
        return page.Items.FirstOrDefault();
    }

    /// <summary>
    /// One page of the notices live at <paramref name="now"/> in <paramref name="audienceKeys"/>, newest first,
    /// published at or before <paramref name="publishedAtOrBefore"/>: one query over the partitions.
    /// </summary>
    /// <param name="storeContinuation">The store's own token from the previous page of the same query; it never
    /// leaves the process (callers page by position, see <c>InboxPosition</c>).</param>
    public Task<Page<Notice>> LiveAsync(LiveNoticeQuery live, int pageSize, string? storeContinuation, CancellationToken cancellationToken)
    {
        var text = "SELECT * FROM c WHERE c.type = @type AND c.publishAt <= @before AND c.expiresAt > @now"
            + " AND (NOT IS_DEFINED(c.withdrawnAt) OR IS_NULL(c.withdrawnAt))"
            + (live.Category is null ? "" : " AND c.category = @category");
        var query = InPartitions(text, live.AudienceKeys, " ORDER BY c.publishAt DESC")
            .WithParameter("@before", Earlier(live.Now, live.PublishedAtOrBefore).ToUniversalTime())
            .WithParameter("@now", live.Now.ToUniversalTime());
        if (live.Category is not null)
        {
            query = query.WithParameter("@category", live.Category);
        }
        return Store.QueryAsync(query, null, pageSize, storeContinuation, cancellationToken);
    }

    /// <summary>A resident's personal notices (for deleting them with the account; a resident holds a few at most).</summary>
    public async Task<IReadOnlyList<Notice>> InPartitionAsync(string audienceKey, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", Notice.DocumentType);
        var all = new List<Notice>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, audienceKey, 100, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }

    /// <summary>
    /// Whether another notice of the client names the upload: an agency may send one PDF in many notices, so a file
    /// goes with a deleted resident's notice only when no other notice still needs it. One cross-partition query, run
    /// only when an account is deleted.
    /// </summary>
    public async Task<bool> NamesAttachmentElsewhereAsync(string agencyClientId, string uploadId, string exceptNoticeId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.type = @type AND c.agencyClientId = @client AND c.id != @except"
                + " AND ARRAY_CONTAINS(c.attachments, { \"id\": @upload }, true)")
            .WithParameter("@type", Notice.DocumentType)
            .WithParameter("@client", agencyClientId)
            .WithParameter("@except", exceptNoticeId)
            .WithParameter("@upload", uploadId);
        using var iterator = database.Container(PortalContainers.Notices).GetItemQueryIterator<IdOnly>(query, null, new QueryRequestOptions { MaxItemCount = 1 });
        while (iterator.HasMoreResults)
        {
            if ((await iterator.ReadNextAsync(cancellationToken)).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    private sealed record IdOnly(string Id);

    /// <summary>An IN list of parameters rather than ARRAY_CONTAINS: Cosmos routes an IN on the partition key to
    /// those partitions only.</summary>
    private static QueryDefinition InPartitions(string text, IReadOnlyList<string> audienceKeys, string orderBy = "")
    {
        var names = audienceKeys.Select((_, i) => $"@k{i}").ToList();
        var query = new QueryDefinition($"{text} AND c.audienceKey IN ({string.Join(", ", names)}){orderBy}")
            .WithParameter("@type", Notice.DocumentType);
        for (var i = 0; i < names.Count; i++)
        {
            query = query.WithParameter(names[i], audienceKeys[i]);
        }
        return query;
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset? b) => b is { } bound && bound < a ? bound : a;

    /// <summary>Every time with offset zero, so the serialized strings sort as the instants do.</summary>
    public static Notice InUtc(Notice notice) => notice with
    {
        PublishAt = notice.PublishAt.ToUniversalTime(),
        ExpiresAt = notice.ExpiresAt.ToUniversalTime(),
        WithdrawnAt = notice.WithdrawnAt?.ToUniversalTime(),
        CreatedAt = notice.CreatedAt.ToUniversalTime(),
        UpdatedAt = notice.UpdatedAt.ToUniversalTime(),
    };
}
