using System.Globalization;
using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Notices.Events;
using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Notices;

/// <summary>What お知らせ says in the chat (Japanese: residents read them).</summary>
public static class NoticeTexts
{
    public const string OpenLabel = "詳しく";

    /// <summary>The menu's entry without a count (no session, nothing unread, or the count could not be read).</summary>
    public const string MenuLabel = "お知らせ";

    /// <summary>What a resident types for the list.</summary>
    public static bool IsNoticesWord(string text) => text is "お知らせ" or "おしらせ" or "お知らせ一覧";

    /// <summary>"お知らせ（3）", "お知らせ（99+）" when the portal counted no further; the plain label when nothing is unread.</summary>
    public static string MenuLabelWith(UnreadNoticeCountView count) => count switch
    {
        { More: true } => $"{MenuLabel}（{count.Unread.ToString(CultureInfo.InvariantCulture)}+）",
        { Unread: > 0 } => $"{MenuLabel}（{count.Unread.ToString(CultureInfo.InvariantCulture)}）",
        _ => MenuLabel,
    };

    /// <summary>The push: who sent something, nothing of what (it crosses LINE's and Microsoft's servers).</summary>
    public static ChoicesMessage Push(NoticePushPage page) => new(
        $"{page.SenderName}からお知らせがあります",
        [Replies.Choice(OpenLabel, NoticeActions.Open(page.NoticeId))]);

    /// <summary>
    /// The notice itself, in the chat the resident opened it from after logging in. Attachments by name only: their
    /// download links are the resident's own 10-minute grants, and in a chat message they would cross LINE's and
    /// Microsoft's servers (whose link previews fetch URLs), so the PDF is fetched in the portal.
    /// </summary>
    public static TextMessage Detail(NoticeDetail notice) => new(
        $"【お知らせ】{notice.Title}\n差出人: {notice.SenderName}\n日付: {StatusTexts.DateTime(notice.PublishedAt)}\n\n{notice.Body}"
        + (notice.Attachments is { Count: > 0 } files
            ? "\n\n添付ファイル（マイナポータルのお知らせからご覧ください）:" + string.Concat(files.Select(f => $"\n・{f.Name}"))
            : ""));

    public static TextMessage NotFound { get; } = new(
        "このお知らせは見つかりませんでした（取り下げられたか、期限が過ぎた可能性があります）");

    public static Choice ListChoice { get; } = Replies.Choice("お知らせ一覧", NoticeActions.List);

    public static Choice MenuChoice { get; } = Replies.Choice("メニュー", BotActions.Home);

    /// <summary>After a notice: back to the list (its 未読 marks now one fewer) or to the menu.</summary>
    public static ChoicesMessage After { get; } = new("ほかのお知らせも確かめられます。", [ListChoice, MenuChoice]);

    public static TextMessage Intro(bool unreadOnly) => new(unreadOnly ? "未読のお知らせです（新しい順）。" : "お知らせです（新しい順）。");

    public static TextMessage None(bool unreadOnly) => new(unreadOnly ? "未読のお知らせはありません。" : "お知らせは、まだありません。");

    public static TextMessage NoMore { get; } = new("ほかのお知らせはありません。");

    public const string UnreadMark = "未読";

    /// <summary>One notice in the list: title (marked 未読 until opened), sender, date; no body (opening it marks it read).</summary>
    public static Card Summary(NoticeSummary notice) => new(
        notice.Read ? notice.Title : $"【{UnreadMark}】{notice.Title}",
        notice.SenderName,
        [
            new CardField("日付", StatusTexts.Date(notice.PublishedAt)),
            new CardField("分類", notice.CategoryLabel),
            new CardField("状態", notice.Read ? "既読" : UnreadMark),
        ],
        [CardButton.ForAction(OpenLabel, NoticeActions.Open(notice.Id).ToString())]);

    /// <summary>What to do after a page: the next page if any, the other filter, 通知設定, the menu.</summary>
    public static ChoicesMessage Next(bool hasMore, bool unreadOnly) => new(
        hasMore ? "続きがあります。" : "ほかにご用件があれば選んでください。",
        [
            .. hasMore ? [Replies.Choice("もっと見る", NoticeActions.More)] : Array.Empty<Choice>(),
            unreadOnly ? Replies.Choice("すべて表示", NoticeActions.List) : Replies.Choice("未読だけ", NoticeActions.Unread),
            Settings.NotificationSettingsTexts.Entry,
            MenuChoice,
        ]);
}
