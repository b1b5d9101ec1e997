using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Menu;

/// <summary>
/// The menu: ホーム・やること・さがす・申請状況・お知らせ・アカウント. やること is <see cref="Forms.FormFlow.TodoAsync"/>, 申請状況
/// <see cref="Applications.StatusFlow"/>, お知らせ <see cref="Notices.NoticeFlow"/> (its label shows the unread count,
/// <see cref="Notices.NoticeMenuBadge"/>) and アカウント <see cref="Sessions.SessionFlow"/> (all need a login).
/// </summary>
public static class MenuFlow
{
    /// <summary>What a resident types to get the menu back.</summary>
    private static readonly HashSet<string> MenuWords =
        ["メニュー", "めにゅー", "ホーム", "ほーむ", "menu", "home", "start", "こんにちは", "はじめる", "はじめまして", "最初から", "戻る"];

    public static bool IsMenuWord(string text) => MenuWords.Contains(text.ToLowerInvariant());

    public static bool IsTodoWord(string text) => text is "やること" or "やる事";

    public static TurnResult Home(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle, LocalGovernmentCandidates = [] },
        Replies.Menu("マイナポータルのチャットです。手続をさがしたり、やることや申請の状況、お知らせを確かめたりできます。ご用件を選んでください。"));

    public static Task<TurnResult> HandleAsync(BotAction action, ConversationState state) => Task.FromResult(action.Verb switch
    {
        "home" => Home(state),
        _ => Replies.Stale(state),
    });
}
