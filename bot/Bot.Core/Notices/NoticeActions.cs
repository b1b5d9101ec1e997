using Bot.Core.Actions;

namespace Bot.Core.Notices;

/// <summary>
/// お知らせ's actions: "v1:notices:list" (every notice), "v1:notices:unread" (未読だけ), "v1:notices:more" (the next page
/// of the list shown last) and "v1:notices:open:{noticeId}" (a list's or a push's 詳しく).
/// </summary>
public static class NoticeActions
{
    public const string Feature = "notices";

    public static readonly BotAction List = new(Feature, "list", null);

    public static readonly BotAction Unread = new(Feature, "unread", null);

    /// <summary>The continuation is kept in the conversation (<see cref="NoticeListPosition"/>): it is too long for a button.</summary>
    public static readonly BotAction More = new(Feature, "more", null);

    public static BotAction Open(string noticeId) => new(Feature, "open", noticeId);
}
