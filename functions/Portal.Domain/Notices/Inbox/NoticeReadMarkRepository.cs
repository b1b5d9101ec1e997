using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Inbox;

/// <summary>既読 marks in <c>residents</c>, always within the resident's own partition.</summary>
public sealed class NoticeReadMarkRepository(PortalDatabase database)
{
    private DocumentStore<NoticeReadMark> Store => new(database.Container(PortalContainers.Residents));

    /// <summary>
    /// Marks <paramref name="noticeId"/> read unless it is: a create with the mark's fixed id, so two concurrent opens
    /// make one mark (the loser's conflict is the answer "already read").
    /// </summary>
    /// <returns>Whether this call made the mark.</returns>
    public async Task<bool> MarkAsync(string residentId, string noticeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await Store.CreateAsync(new NoticeReadMark
            {
                Id = NoticeReadMark.IdOf(noticeId),
                ResidentId = residentId,
                NoticeId = noticeId,
                ReadAt = at,
            }, cancellationToken);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    /// <summary>Which of <paramref name="noticeIds"/> the resident has read: one query in their partition.</summary>
    public async Task<IReadOnlySet<string>> ReadAmongAsync(string residentId, IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        if (noticeIds.Count == 0)
        {
            return new HashSet<string>();
        }
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(@ids, c.noticeId)")
            .WithParameter("@type", NoticeReadMark.DocumentType)
            .WithParameter("@ids", noticeIds);
        var marks = await AllAsync(query, residentId, cancellationToken);
        return marks.Select(m => m.NoticeId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// How many residents read each of <paramref name="noticeIds"/> (the sending agency's 既読 count): one count across
    /// the residents' partitions per notice, counted in the store (a row per mark would be millions for a national one).
    /// </summary>
    public Task<Dictionary<string, int>> CountByNoticeAsync(IReadOnlyList<string> noticeIds, CancellationToken cancellationToken) =>
        ValueCounts.OfAsync(database.Container(PortalContainers.Residents), noticeIds, id =>
            new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.type = @type AND c.noticeId = @id")
                .WithParameter("@type", NoticeReadMark.DocumentType)
                .WithParameter("@id", id), false, cancellationToken);

    /// <summary>Every mark of the resident (for deleting them with the account).</summary>
    public Task<List<NoticeReadMark>> AllOfAsync(string residentId, CancellationToken cancellationToken) =>
        AllAsync(new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", NoticeReadMark.DocumentType),
            residentId, cancellationToken);

    public Task<bool> DeleteAsync(string residentId, string id, CancellationToken cancellationToken) =>
        Store.DeleteAsync(id, residentId, null, cancellationToken);

    private async Task<List<NoticeReadMark>> AllAsync(QueryDefinition query, string residentId, CancellationToken cancellationToken)
    {
        var all = new List<NoticeReadMark>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, residentId, 100, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }
}
