using Portal.Domain.Email;
using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Notices.Figures;

/// <summary>
/// The delivery figures of a list of notices: one query for the delivery records (a row per fan-out page), and for the
/// e-mails sent and the read marks a count per notice, side by side, each answered by the store as one number.
/// </summary>
public sealed class NoticeFiguresReader(NoticeDeliveryLedger ledger, SentEmailMarkers sentEmails, NoticeReadMarkRepository readMarks)
{
    public async Task<IReadOnlyDictionary<string, NoticeFigures>> OfAsync(IReadOnlyList<string> noticeIds, CancellationToken cancellationToken)
    {
        if (noticeIds.Count == 0)
        {
            return new Dictionary<string, NoticeFigures>();
        }
        var records = ledger.RecordsOfAsync(noticeIds, cancellationToken);
        var sent = sentEmails.CountByScopeAsync(noticeIds, cancellationToken);
        var read = readMarks.CountByNoticeAsync(noticeIds, cancellationToken);
        await Task.WhenAll(records, sent, read);
        return noticeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id,
            id => NoticeFigures.Sum(records.Result[id], sent.Result.GetValueOrDefault(id), read.Result.GetValueOrDefault(id)),
            StringComparer.Ordinal);
    }

    public async Task<NoticeFigures> OfAsync(string noticeId, CancellationToken cancellationToken) =>
        (await OfAsync([noticeId], cancellationToken))[noticeId];
}
