namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// The part of a fan-out page held back by the residents' quiet hours: their account ids (no addresses: queue
/// messages carry no personal data), queued to become visible when the quiet hours end.
/// </summary>
/// <param name="PageId">The original page's id and the end it waited for (<c>{notice}.{page}.held-0800</c>): a page of
/// its own for the bot's idempotency keys, and the same one when the original page is retried.</param>
public sealed record NoticeHeldPage(string PageId, IReadOnlyList<string> AccountIds);
