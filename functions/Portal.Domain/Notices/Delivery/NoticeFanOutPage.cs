namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// One step of a notice's fan-out, on the <c>notice-fanout</c> queue: page <paramref name="Page"/> of its recipients,
/// starting at <paramref name="Continuation"/>. The same message gives the same page, so a redelivered message pushes
/// the same page id again and the channels' idempotency keys keep it from arriving twice.
/// </summary>
/// <param name="Held">Set on a page delayed by quiet hours: deliver to these accounts (not the next page of the area).</param>
/// <param name="Chain">Which part of a split audience this page belongs to (<see cref="NoticeFanOutChains"/>); null when
/// the notice's audience is one chain.</param>
public sealed record NoticeFanOutPage(
    string NoticeId, string AudienceKey, int Page, string? Continuation, NoticeHeldPage? Held = null, string? Chain = null)
{
    /// <summary>The page's id, unique within the notice: what the pushes' retry keys derive from.</summary>
    public string PageId() => Chain is null ? $"{NoticeId}.{Page}" : $"{NoticeId}.{Chain}.{Page}";
}
