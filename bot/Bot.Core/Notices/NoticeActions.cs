using Bot.Core.Actions;

namespace Bot.Core.Notices;

/// <summary>お知らせ's actions: "v1:notices:open:{noticeId}" (the push's 詳しく button).</summary>
public static class NoticeActions
{
    public const string Feature = "notices";

    public static BotAction Open(string noticeId) => new(Feature, "open", noticeId);
}
