using Microsoft.Extensions.Logging;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// お知らせ from the resident's side: the list (newest first, national + their area + their own), one notice in full
/// (which marks it read) and the unread count. A notice they may not see is not found, exactly like one that does not
/// exist. Logs name notices by id only: never a title, a body or where the resident lives.
/// </summary>
public sealed class NoticeInbox(
    InboxResidents residents, InboxScanner scanner, NoticeRepository notices, NoticeReadMarkRepository marks,
    TimeProvider clock, ILogger<NoticeInbox> logger)
{
    public const int PageSize = 20;

    public const int MaxUnreadCount = 99;

    /// <summary>How many live notices one call looks at, at most: a page or a count costs a bounded number of reads.</summary>
    public const int MaxLooked = 1000;

    /// <exception cref="InvalidInputException">An unknown category, an unread that is not true/false, or a
    /// continuation that is not one of ours (named together).</exception>
    public async Task<InboxPage> ListAsync(
        ResidentContext resident, string? category, string? unread, string? continuation, CancellationToken cancellationToken)
    {
        var (filter, from) = InboxQuery.Parse(category, unread, continuation);
        var who = await residents.OfAsync(resident, cancellationToken);
        var scan = await scanner.ScanAsync(who, filter, from, PageSize, MaxLooked, clock.GetUtcNow(), cancellationToken);
        return new InboxPage(scan.Items, scan.Next?.Encode());
    }

    /// <summary>The notice in full; marks it read (once, however many open it at the same time).</summary>
    /// <exception cref="NoticeNotFoundException">Unknown, not live, or not for this resident.</exception>
    public async Task<InboxItem> OpenAsync(ResidentContext resident, string noticeId, CancellationToken cancellationToken)
    {
        var who = await residents.OfAsync(resident, cancellationToken);
        var now = clock.GetUtcNow();
        var notice = await notices.FindAsync(noticeId, who.AudienceKeys, cancellationToken);
        if (notice is null || !NoticeVisibility.IsVisible(notice, who, now))
        {
            throw new NoticeNotFoundException(noticeId);
        }
        if (await marks.MarkAsync(who.AccountId, notice.Id, now, cancellationToken))
        {
            logger.LogInformation("Account {AccountId} read notice {NoticeId}", who.AccountId, notice.Id);
        }
        return new InboxItem(notice, true);
    }

    /// <summary>
    /// ホーム: the <paramref name="latest"/> newest notices, the unread count and the important unread notices, with the
    /// resident read once and both scans at the same time.
    /// </summary>
    public async Task<InboxSummary> SummaryAsync(ResidentContext resident, int latest, CancellationToken cancellationToken)
    {
        var who = await residents.OfAsync(resident, cancellationToken);
        var now = clock.GetUtcNow();
        var recent = scanner.ScanAsync(who, new InboxFilter(), null, latest, MaxLooked, now, cancellationToken);
        var unread = scanner.ScanAsync(who, new InboxFilter(Unread: true), null, MaxUnreadCount + 1, MaxLooked, now, cancellationToken);
        var (recentScan, unreadScan) = (await recent, await unread);
        var count = new UnreadNoticeCount(Math.Min(unreadScan.Items.Count, MaxUnreadCount),
            unreadScan.Items.Count > MaxUnreadCount || unreadScan.Next is not null);
        var important = unreadScan.Items.Select(i => i.Notice).Where(n => n.Importance == NoticeImportance.Important).ToList();
        return new InboxSummary(recentScan.Items, count, important);
    }

    /// <summary>Live notices the resident may see and has not opened, counted up to <see cref="MaxUnreadCount"/>.</summary>
    public async Task<UnreadNoticeCount> UnreadCountAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var who = await residents.OfAsync(resident, cancellationToken);
        var scan = await scanner.ScanAsync(who, new InboxFilter(Unread: true), null, MaxUnreadCount + 1, MaxLooked, clock.GetUtcNow(), cancellationToken);
        // More: over the cap, or the scan stopped at its bound with notices left unlooked at (the count is a floor).
        return new UnreadNoticeCount(Math.Min(scan.Items.Count, MaxUnreadCount), scan.Items.Count > MaxUnreadCount || scan.Next is not null);
    }
}
