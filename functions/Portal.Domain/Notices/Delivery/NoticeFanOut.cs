using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Notices.Figures;
using Portal.Domain.Notices.Preferences;
using Portal.Domain.Notices.Sending;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// Turns one notice into pushes and e-mails, a page of ≤ 500 recipients per queue message: each page goes to the
/// chatbot and the outbox and queues the next, so a notice to a million residents is two thousand small steps that
/// scale out, retry one by one, and stop as soon as the notice is withdrawn. A prefecture's, a designated city's or the country's audience is
/// split into chains that page side by side (<see cref="NoticeFanOutChains"/>). Writes nothing to the notices container:
/// the notice stays one document.
/// </summary>
/// <remarks>
/// 通知設定 decide the channels: the page's saved preferences are read with one query. Quiet hours: residents in
/// theirs are not delivered now; their ids go back on the fan-out queue as a held page, invisible until their quiet
/// hours end (one message per end time in the page), which then pushes and e-mails them under a page id of its own.
/// An important 防災 notice is never held.
/// </remarks>
public sealed class NoticeFanOut(
    SentNoticeRepository notices, NoticeRecipientQuery recipients, NotificationPreferencesRepository preferences, INoticePushes pushes,
    NoticeEmails emails, NoticeFanOutQueue queue, NoticeFanOutChains chains, TimeProvider clock, NoticeDeliveryLedger ledger,
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
        if (page.Held is { } held)
        {
            await DeliverAsync(notice, page, held.PageId, await recipients.OfAccountsAsync(held.AccountIds, cancellationToken), false, cancellationToken);
            return;
        }
        var found = await recipients.PageAsync(page.AudienceKey, page.Chain, page.Continuation, cancellationToken);
        await DeliverAsync(notice, page, page.PageId(), found.Items, true, cancellationToken);
        if (found.ContinuationToken is { } next)
        {
            await queue.EnqueueAsync(page with { Page = page.Page + 1, Continuation = next }, cancellationToken);
        }
    }

    /// <summary>The first page of a notice now published (a personal notice has no area to page through).</summary>
    public async Task StartAsync(Notice notice, CancellationToken cancellationToken)
    {
        var first = new NoticeFanOutPage(notice.Id, notice.AudienceKey, 0, null);
        if (notice.Audience.Kind == NoticeAudienceKinds.Resident && notice.Audience.ResidentAccountId is { } account)
        {
            await DeliverAsync(notice, first, $"{notice.Id}.0", await recipients.OfAccountsAsync([account], cancellationToken), true, cancellationToken);
            return;
        }
        // Chains page independently: a prefecture's or the country's fan-out runs as wide as the queue scales. Queued
        // side by side: a prefecture has some sixty chains, and the first page waits for none of the others.
        await Task.WhenAll(chains.Of(notice.AudienceKey).Select(chain => queue.EnqueueAsync(first with { Chain = chain }, cancellationToken)));
    }

    private async Task DeliverAsync(Notice notice, NoticeFanOutPage page, string pageId, IReadOnlyList<NoticeRecipient> candidates,
        bool holdInQuietHours, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var saved = await preferences.OfResidentsAsync([.. candidates.Select(r => r.AccountId)], cancellationToken);
        var plan = NoticeDeliveryPlan.Make(notice, candidates, saved, now, holdInQuietHours);
        if (plan.Chat.Count > 0)
        {
            await pushes.SendAsync(notice, pageId, plan.Chat, cancellationToken);
        }
        await emails.SendAsync(notice, plan.Email, cancellationToken);
        foreach (var (until, accountIds) in plan.Held)
        {
            var held = new NoticeHeldPage($"{pageId}.held-{until.ToOffset(TimeSpan.FromHours(9)):HHmm}", accountIds);
            await queue.EnqueueAsync(page with { Continuation = null, Held = held }, cancellationToken, until - now);
        }
        // Last: a page that fails before here is retried whole and its record written then, once.
        await ledger.RecordPageAsync(notice, pageId, holdInQuietHours ? null : page.Held?.AccountIds.Count, candidates, plan, cancellationToken);
        _logger.LogInformation("Notice {NoticeId} fan-out {PageId}: {Reached} of {Read} accounts reached, {Pushed} pushed, {Emailed} e-mailed, {Held} held",
            notice.Id, pageId, plan.Reached, candidates.Count, plan.Chat.Count, plan.Email.Count, plan.Held.Values.Sum(h => h.Count));
    }
}
