using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Notices.Sending;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// Turns one notice into pushes, a page of ≤ 500 recipients per queue message: each page goes to the chatbot and
/// queues the next, so a notice to a million residents is two thousand small steps that scale out, retry one by one,
/// and stop as soon as the notice is withdrawn. Writes nothing to the notices container: the notice stays one document.
/// </summary>
public sealed class NoticeFanOut(
    SentNoticeRepository notices, NoticeRecipientQuery recipients, INoticePushes pushes, NoticeFanOutQueue queue, TimeProvider clock,
    ILogger<NoticeFanOut>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<NoticeFanOut>.Instance;

    public async Task RunAsync(NoticeFanOutPage page, CancellationToken cancellationToken)
    {
        var notice = (await notices.ReadAsync(page.AudienceKey, page.NoticeId, cancellationToken))?.Document;
        if (notice is null || !notice.IsLiveAt(clock.GetUtcNow()))
        {
            _logger.LogInformation("Notice {NoticeId} fan-out stopped at page {Page}: no longer live", page.NoticeId, page.Page);
            return;
        }
        var found = await recipients.PageAsync(page.AudienceKey, page.Continuation, cancellationToken);
        var now = clock.GetUtcNow();
        var reached = found.Items.Where(r => Reaches(notice, r, now)).Select(r => r.AccountId).ToList();
        if (reached.Count > 0)
        {
            await pushes.SendAsync(notice, $"{notice.Id}.{page.Page}", reached, cancellationToken);
        }
        _logger.LogInformation("Notice {NoticeId} fan-out page {Page}: {Reached} of {Read} accounts", notice.Id, page.Page, reached.Count, found.Items.Count);
        if (found.ContinuationToken is { } next)
        {
            await queue.EnqueueAsync(page with { Page = page.Page + 1, Continuation = next }, cancellationToken);
        }
    }

    /// <summary>
    /// The inbox's own rule (<see cref="NoticeVisibility"/>), so a push never announces what the inbox would not show:
    /// the recipient was found by the notice's area key; interests are not chosen anywhere yet.
    /// </summary>
    private static bool Reaches(Notice notice, NoticeRecipient recipient, DateTimeOffset now) =>
        NoticeVisibility.IsVisible(notice,
            new InboxResident(recipient.AccountId, new AreaChain(null, [notice.AudienceKey]), recipient.DateOfBirth, new HashSet<string>()), now);

    /// <summary>The first page of a notice now published (a personal notice has no area to page through).</summary>
    public Task StartAsync(Notice notice, CancellationToken cancellationToken) =>
        notice.Audience.Kind == NoticeAudienceKinds.Resident && notice.Audience.ResidentAccountId is { } account
            ? pushes.SendAsync(notice, $"{notice.Id}.0", [account], cancellationToken)
            : queue.EnqueueAsync(new NoticeFanOutPage(notice.Id, notice.AudienceKey, 0, null), cancellationToken);
}
