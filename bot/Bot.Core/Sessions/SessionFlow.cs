using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;

namespace Bot.Core.Sessions;

/// <summary>
/// アカウント in the chat: ログイン中の端末 (each login with its client, device kind, start and last use) and ending one
/// or all. Needs a login; a login started here comes back to the list. Ending this chat's own login (or all) drops the
/// chat's session too, so its next step asks for the card again.
/// </summary>
public sealed class SessionFlow(SessionsPortalClient portal, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("menu", null) => Task.FromResult(MenuOf(state)),
            ("sessions", null) => ListAsync(state, cancellationToken),
            ("end", { } sessionId) => EndAsync(sessionId, state, cancellationToken),
            ("end-all", null) => Task.FromResult(new TurnResult(state with { Step = ConversationSteps.Idle }, SessionTexts.ConfirmEndAll)),
            ("end-all-yes", null) => EndAllAsync(state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public static TurnResult MenuOf(ConversationState state) => new(state with { Step = ConversationSteps.Idle }, SessionTexts.Menu);

    public async Task<TurnResult> ListAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, SessionActions.List.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var current = check.State with { Step = ConversationSteps.Idle };
        var session = current.PortalSession!;
        var answer = await portal.ListAsync(session, cancellationToken);
        if (answer.SessionRejected || answer.Value is not { } list)
        {
            return await LogInAgainAsync(current, cancellationToken);
        }
        if (list.Items.Count == 0)
        {
            return new TurnResult(current, SessionTexts.None, Replies.Menu());
        }
        return new TurnResult(current, SessionTexts.Intro,
            new CardsMessage("ログイン中の端末", [.. list.Items.Take(CardsMessage.MaxCards).Select(SessionTexts.Card)]), SessionTexts.After);
    }

    private async Task<TurnResult> EndAsync(string sessionId, ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, SessionActions.List.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var current = check.State with { Step = ConversationSteps.Idle };
        var session = current.PortalSession!;
        var answer = await portal.EndAsync(session, sessionId, cancellationToken);
        if (answer.SessionRejected)
        {
            return await LogInAgainAsync(current, cancellationToken);
        }
        if (answer.Value is null)
        {
            return new TurnResult(current, SessionTexts.NotFound, Replies.Menu());
        }
        return session.SessionId == sessionId
            ? new TurnResult(current with { PortalSession = null }, SessionTexts.EndedThisChat, Replies.Menu())
            : new TurnResult(current, SessionTexts.Ended, Replies.Menu());
    }

    private async Task<TurnResult> EndAllAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, SessionActions.List.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var current = check.State with { Step = ConversationSteps.Idle };
        var session = current.PortalSession!;
        var answer = await portal.EndAllAsync(session, cancellationToken);
        if (answer.SessionRejected || answer.Value is not { } ended)
        {
            return await LogInAgainAsync(current, cancellationToken);
        }
        return new TurnResult(current with { PortalSession = null }, SessionTexts.EndedAll(ended.Ended), Replies.Menu());
    }

    private async Task<TurnResult> LogInAgainAsync(ConversationState state, CancellationToken cancellationToken) =>
        (await login.LogInAgainAsync(state, SessionActions.List.ToString(), cancellationToken)).ToTurn();
}
