using Bot.Core.Actions;
using Bot.Core.Messages;

namespace Bot.Core.Conversations;

/// <summary>The replies every feature shares (Japanese: residents read them).</summary>
public static class Replies
{
    public static TextMessage Sorry { get; } = new("うまく処理できませんでした。お手数ですが、少し時間をおいてもう一度お試しください。");

    public static TextMessage IndividualNumberRefused { get; } = new(
        "個人番号（マイナンバー）と思われる12桁の番号が含まれていたため、このメッセージは受け付けず、記録もしていません。"
        + "個人番号はチャットで送らないでください。必要な手続では、申請の画面で安全にお伺いします。");

    public static ChoicesMessage Menu(string text = "ご用件を選んでください。") => new(text,
    [
        Choice(Home.HomeTexts.MenuLabel, Home.HomeActions.Show),
        Choice("やること", BotActions.Todo),
        Choice("さがす", BotActions.StartSearch),
        Choice("申請状況", Applications.StatusActions.List),
        // The unread count is put on the label per turn (Notices.NoticeMenuBadge): this one is the plain label.
        Choice(Notices.NoticeTexts.MenuLabel, Notices.NoticeActions.List),
        Choice(Information.InformationTexts.MenuLabel, Information.InformationActions.Start),
        Choice(Exchanges.ExchangeTexts.MenuLabel, Exchanges.ExchangeActions.Start),
        Choice("アカウント", Sessions.SessionActions.Menu),
    ]);

    /// <summary>A button from an earlier conversation (or an older bot) that no longer applies.</summary>
    public static TurnResult Stale(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle, LocalGovernmentCandidates = [] },
        new TextMessage("そのボタンは古くなったため、使えなくなりました。お手数ですが、もう一度メニューから選んでください。"),
        Menu());

    /// <summary>Text the current step does not expect.</summary>
    public static TurnResult NotUnderstood(ConversationState state) => new(
        state,
        new TextMessage("すみません、ご用件がわかりませんでした。下のメニューから選ぶか、「さがす」で手続をさがしてください。"),
        Menu());

    /// <summary>What needs a portal login, until the login slice arrives.</summary>
    public static TextMessage LoginNeeded(string what) => new(
        $"{what}には、マイナポータルへのログインが必要です。チャットからのログインは準備中で、まもなく使えるようになります。"
        + "それまでは、マイナポータルのサイトからご利用ください。");

    public static Choice Choice(string label, BotAction action) => new(label, action.ToString());
}
