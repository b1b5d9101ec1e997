using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Sessions;
using Portal.Contracts.Sessions.Events;

namespace Bot.Core.Sessions;

/// <summary>What アカウント and the new-login notice say (Japanese: residents read them).</summary>
public static class SessionTexts
{
    public static bool IsAccountWord(string text) => text is "アカウント" or "ログイン中の端末";

    public static ChoicesMessage Menu { get; } = new("アカウントについて、ご用件を選んでください。",
    [
        Replies.Choice("ログイン中の端末", SessionActions.List),
        Notices.Settings.NotificationSettingsTexts.Entry,
        LookupConsent.LookupConsentTexts.Entry,
        LinkedSites.LinkedSiteTexts.Entry,
        Proxies.Appointing.AppointingTexts.Entry,
        PublicFundsAccounts.PublicFundsAccountTexts.Entry,
        Replies.Choice("ホーム", BotActions.Home),
    ]);

    public static TextMessage Intro { get; } = new(
        "マイナポータルにログイン中の端末です。心当たりのないログインは「終了する」を押してください。");

    public static TextMessage None { get; } = new("ログイン中の端末はありません。");

    public static ChoicesMessage After { get; } = new("すべての端末のログインを終了することもできます。",
    [
        Replies.Choice("すべて終了する", SessionActions.EndAll),
        Replies.Choice("ホーム", BotActions.Home),
    ]);

    public static ChoicesMessage ConfirmEndAll { get; } = new(
        "この会話を含む、すべての端末のログインを終了します。よろしいですか？",
        [Replies.Choice("終了する", SessionActions.EndAllConfirmed), Replies.Choice("やめる", SessionActions.List)]);

    public static TextMessage Ended { get; } = new("そのログインを終了しました。その端末では、もう一度ログインするまで使えません。");

    public static TextMessage NotFound { get; } = new("そのログインは、すでに終了しています。");

    public static TextMessage EndedThisChat { get; } = new(
        "この会話のログインを終了しました。次に使うときは、もう一度マイナンバーカードでログインしてください。");

    public static TextMessage EndedAll(int count) => new(
        $"{count}件のログインを終了しました（この会話を含みます）。次に使うときは、もう一度マイナンバーカードでログインしてください。");

    /// <summary>One login as a card, with its end button.</summary>
    public static Card Card(SessionView session) => new(
        session.ClientName,
        session.Current ? "この会話" : null,
        [
            new CardField("端末の種類", DeviceKindNames.Of(session.DeviceKind)),
            new CardField("ログイン", StatusTexts.DateTime(session.StartedAt)),
            new CardField("最終利用", StatusTexts.DateTime(session.LastUsedAt)),
        ],
        [CardButton.ForAction("終了する", SessionActions.End(session.Id).ToString())]);

    /// <summary>新しいログイン: where and when, and the way to end it; nothing about the person.</summary>
    public static ChoicesMessage NewLogin(NewLoginNotice notice) => new(
        $"【新しいログイン】あなたのマイナンバーカードで、マイナポータルにログインがありました。\n"
        + $"サービス: {notice.ClientName}\n端末の種類: {DeviceKindNames.Of(notice.DeviceKind)}\n日時: {StatusTexts.DateTime(notice.At)}\n"
        + "心当たりがない場合は、「ログイン中の端末」から終了してください。",
        [Replies.Choice("ログイン中の端末", SessionActions.List), Replies.Choice("ホーム", BotActions.Home)]);
}
