using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>What お知らせ says in the chat (Japanese: residents read them).</summary>
public static class NoticeTexts
{
    public const string OpenLabel = "詳しく";

    /// <summary>The push: who sent something, nothing of what (it crosses LINE's and Microsoft's servers).</summary>
    public static ChoicesMessage Push(NoticePushPage page) => new(
        $"{page.SenderName}からお知らせがあります",
        [Replies.Choice(OpenLabel, NoticeActions.Open(page.NoticeId))]);

    /// <summary>The notice itself, in the chat the resident opened it from after logging in.</summary>
    public static TextMessage Detail(NoticeDetail notice) => new(
        $"【お知らせ】{notice.Title}\n差出人: {notice.SenderName}\n日付: {StatusTexts.DateTime(notice.PublishedAt)}\n\n{notice.Body}");

    public static TextMessage NotFound { get; } = new(
        "このお知らせは見つかりませんでした（取り下げられたか、期限が過ぎた可能性があります）");

    public static ChoicesMessage After { get; } = new("ほかにご用件があれば選んでください。", [Replies.Choice("ホーム", BotActions.Home)]);
}
