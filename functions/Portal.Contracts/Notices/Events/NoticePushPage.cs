namespace Portal.Contracts.Notices.Events;

/// <summary>
/// One page of a notice's push fan-out, as the portal hands it to the chatbot (on <c>BotEventsQueue</c>, told apart by
/// <see cref="Kind"/>): the bot pushes 「{SenderName}からお知らせがあります」 on every chat each account linked, with a
/// button that opens the notice in the chat. The push crosses LINE's and Microsoft's servers, so it carries who sent
/// something and nothing of what: no title, no body. The chat fetches those from the portal with the resident's session.
/// </summary>
/// <param name="PageId">Stable id of this page of this notice's fan-out: a page the queue redelivers, or the portal
/// sends again, has the same id, so the bot's delivery keys (LINE's retry keys) make it arrive once.</param>
/// <param name="NoticeId">The notice (<c>GET /api/me/notices/{id}</c>).</param>
/// <param name="SenderName">The sending body as residents see it ("千代田区").</param>
/// <param name="Category">One of the portal's notice categories ("disaster", "childcare", …).</param>
/// <param name="Important">An important notice (e.g. 防災) may be pushed where a normal one waits (quiet hours).</param>
/// <param name="AccountIds">The portal account ids (the tokens' <c>sub</c>) to push to: at most <see cref="MaxAccounts"/>.</param>
/// <param name="At">When the page was made.</param>
public sealed record NoticePushPage(
    string PageId, string NoticeId, string SenderName, string Category, bool Important, IReadOnlyList<string> AccountIds, DateTimeOffset At)
{
    /// <summary>The <see cref="Kind"/> of this event on the chatbot's queue.</summary>
    public const string EventKind = "notice-push";

    /// <summary>Accounts in one page: a page fits one queue message, and LINE's multicast takes 500 users a call.</summary>
    public const int MaxAccounts = 500;

    public string Kind => EventKind;
}
