using Microsoft.Azure.Cosmos;
using Portal.Contracts.Notices.Events;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Figures;

/// <summary>
/// The delivery records of notices in <c>noticeDeliveries</c>: one per fan-out page and one per chatbot report, each
/// written by upsert under the page's id, so a page delivered or reported twice counts once.
/// </summary>
public sealed class NoticeDeliveryLedger(PortalDatabase database, TimeProvider clock)
{
    /// <summary>A report whose page record is gone (or never came) keeps this long.</summary>
    private static readonly TimeSpan ReportRetention = TimeSpan.FromDays(90);

    private Container Container => database.Container(PortalContainers.NoticeDeliveries);

    private DocumentStore<NoticeDeliveryRecord> Store => new(Container);

    /// <summary>What the fan-out did with one page.</summary>
    /// <param name="heldAccounts">For a page let out after quiet hours: how many it held (its recipients were counted by
    /// the page that held them); null for a page of the audience.</param>
    public Task RecordPageAsync(Notice notice, string pageId, int? heldAccounts, IReadOnlyList<NoticeRecipient> candidates,
        NoticeDeliveryPlan plan, CancellationToken cancellationToken) =>
        Store.UpsertAsync(new NoticeDeliveryRecord
        {
            Id = pageId,
            NoticeId = notice.Id,
            Recipients = heldAccounts is null ? candidates.Count : 0,
            WithoutCardProfile = heldAccounts is null ? candidates.Count(c => c.DateOfBirth is null) : 0,
            Reached = heldAccounts is null ? plan.Reached : 0,
            ChatQueued = plan.Chat.Count,
            EmailQueued = plan.Email.Count,
            Held = plan.Held.Values.Sum(h => h.Count),
            Released = heldAccounts ?? 0,
            Ttl = TtlLike(notice),
        }, cancellationToken);

    /// <summary>What the chatbot did with a page: its own record next to the page's, living as long as that one.</summary>
    public async Task RecordChatAsync(NoticePushReport report, CancellationToken cancellationToken)
    {
        var page = await Store.ReadAsync(report.PageId, report.NoticeId, cancellationToken);
        await Store.UpsertAsync(new NoticeDeliveryRecord
        {
            Id = report.PageId + NoticeDeliveryRecord.ChatReportSuffix,
            NoticeId = report.NoticeId,
            Line = report.Line,
            Teams = report.Teams,
            WebChat = report.WebChat,
            ChatFailed = report.Failed,
            Ttl = page?.Document.Ttl ?? (int)ReportRetention.TotalSeconds,
        }, cancellationToken);
    }

    /// <summary>The records of <paramref name="noticeIds"/>, by notice: one query (in the notice's partition for one).</summary>
    public async Task<ILookup<string, NoticeDeliveryRecord>> RecordsOfAsync(IReadOnlyList<string> noticeIds, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(@ids, c.noticeId)")
            .WithParameter("@type", NoticeDeliveryRecord.DocumentType)
            .WithParameter("@ids", noticeIds);
        var partition = noticeIds.Count == 1 ? noticeIds[0] : null;
        var all = new List<NoticeDeliveryRecord>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, partition, 1000, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all.ToLookup(r => r.NoticeId, StringComparer.Ordinal);
    }

    /// <summary>Cosmos counts a TTL from the last write: what is left of the notice's, so both go together.</summary>
    private int? TtlLike(Notice notice) =>
        notice.Ttl is { } ttl ? Math.Max(1, ttl - (int)(clock.GetUtcNow() - notice.UpdatedAt).TotalSeconds) : null;
}
