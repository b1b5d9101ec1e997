using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;

namespace Bot.Core.Applications;

/// <summary>
/// 申請状況 in the chat: the resident's applications newest first (a page of cards, もっと見る for the next), and one
/// application with its status history. Needs a login; the login continues the same action by itself. The form answers
/// are not shown in the chat.
/// </summary>
public sealed class StatusFlow(ApplicationsPortalClient portal, LoginFlow login)
{
    /// <summary>Cards per page: a carousel a phone shows comfortably.</summary>
    public const int PageSize = 5;

    public static bool IsStatusWord(string text) => text is "申請状況" or "申請の状況" or "申請状況を見る";

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("list", null) => ListAsync(state, more: false, cancellationToken),
            ("more", null) => ListAsync(state, more: true, cancellationToken),
            ("show", { } receiptNumber) => ShowAsync(receiptNumber, state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> ListAsync(ConversationState state, bool more, CancellationToken cancellationToken)
    {
        var continuation = more ? state.ApplicationsContinuation : null;
        if (more && continuation is null)
        {
            return Replies.Stale(state);
        }
        var intent = (more ? StatusActions.More : StatusActions.List).ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.ListAsync(state.PortalSession!, PageSize, continuation, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        if (answer.Value is not { } page)
        {
            return Replies.Stale(state with { ApplicationsContinuation = null });
        }
        state = state with { ApplicationsContinuation = page.Continuation };
        if (page.Items.Count == 0)
        {
            return new TurnResult(state, more ? new TextMessage("ほかの申請はありません。") : StatusTexts.None, Replies.Menu());
        }
        var cards = new CardsMessage("申請状況", [.. page.Items.Take(CardsMessage.MaxCards).Select(StatusTexts.Summary)]);
        OutgoingMessage next = page.Continuation is null
            ? Replies.Menu()
            : new ChoicesMessage("続きがあります。", [StatusTexts.MoreChoice, Replies.Choice("ホーム", BotActions.Home)]);
        return more ? new TurnResult(state, cards, next) : new TurnResult(state, StatusTexts.Intro, cards, next);
    }

    public async Task<TurnResult> ShowAsync(string receiptNumber, ConversationState state, CancellationToken cancellationToken)
    {
        var intent = StatusActions.Show(receiptNumber).ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.GetAsync(state.PortalSession!, receiptNumber, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        if (answer.Value is not { } application)
        {
            return new TurnResult(state, StatusTexts.NotFound, Replies.Menu());
        }
        return new TurnResult(state,
            new CardsMessage($"{application.ProcedureName ?? StatusTexts.Unnamed}の申請状況", [StatusTexts.Detail(application)]),
            new ChoicesMessage("ほかの申請も確かめられます。", [StatusTexts.ListChoice, Replies.Choice("ホーム", BotActions.Home)]));
    }
}
