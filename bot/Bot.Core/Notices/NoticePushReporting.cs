using Microsoft.Extensions.Logging;
using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>
/// Pushes a page, then reports its outcome to the portal. A report that cannot be sent is logged and the page counts
/// as done: throwing would have the queue redeliver the page and tell its Teams and web chat users twice (only LINE's
/// multicast has delivery keys), which is worse than a figure that stays short.
/// </summary>
public sealed class NoticePushReporting(NoticePushService pushes, INoticePushReports reports, TimeProvider clock, ILogger<NoticePushReporting> logger)
{
    public async Task PushAsync(NoticePushPage page, CancellationToken cancellationToken)
    {
        var outcome = await pushes.PushAsync(page, cancellationToken);
        var report = new NoticePushReport(page.PageId, page.NoticeId, outcome.Accounts, outcome.Line, outcome.Teams, outcome.WebChat,
            outcome.Failed, outcome.Unlinked, clock.GetUtcNow());
        try
        {
            await reports.SendAsync(report, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Notice push {PageId} of {NoticeId}: pushed, but its report to the portal failed", page.PageId, page.NoticeId);
        }
    }
}
