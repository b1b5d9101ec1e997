using Portal.Domain.Email;
using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Notices.Figures;

/// <summary>
/// The delivery figures of a list of notices: one query for the delivery records (a row per fan-out page), and for the
/// e-mails sent, the e-mails failed and the read marks a count per notice, side by side, each answered by the store as
/// one number. A notice no longer live (withdrawn, expired) has nothing pending: the fan-out drops its held pages.
/// </summary>
public sealed class NoticeFiguresReader(
    NoticeDeliveryLedger ledger, SentEmailMarkers sentEmails, NoticeReadMarkRepository readMarks, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, NoticeFigures>> OfAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return new Dictionary<string, NoticeFigures>();
        }
        var noticeIds = notices.Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();
        var records = ledger.RecordsOfAsync(noticeIds, cancellationToken);
        var sent = sentEmails.CountByScopeAsync(noticeIds, cancellationToken);
        var failed = sentEmails.CountUndeliverableByScopeAsync(noticeIds, cancellationToken);
        var read = readMarks.CountByNoticeAsync(noticeIds, cancellationToken);
        await Task.WhenAll(records, sent, failed, read);
        var now = clock.GetUtcNow();
        return notices.DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id,
            n => NoticeFigures.Sum(records.Result[n.Id], sent.Result.GetValueOrDefault(n.Id), read.Result.GetValueOrDefault(n.Id),
                failed.Result.GetValueOrDefault(n.Id), n.IsLiveAt(now)),
            StringComparer.Ordinal);
    }

    public async Task<NoticeFigures> OfAsync(Notice notice, CancellationToken cancellationToken) =>
        (await OfAsync([notice], cancellationToken))[notice.Id];
}
