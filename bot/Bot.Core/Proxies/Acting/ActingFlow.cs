using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;

namespace Bot.Core.Proxies.Acting;

/// <summary>
/// 代理で操作 in the chat: whose procedures (自分 or a principal), starting to act with a delegated token, and 自分に戻る.
/// While acting, the account's own items are refused here, before any portal call: they are never done with the
/// delegated token.
/// </summary>
public sealed class ActingFlow(ActingPortalClient portal, ActingSessions sessions, LoginFlow login)
{
    /// <summary>Features that are the resident's own alone (アカウント and what hangs under it).</summary>
    private static readonly HashSet<string> OwnOnlyFeatures = ["account", "sites", "lookup", "notify", "proxies"];

    public static bool IsActing(ConversationState state) => state.PortalSession?.Acting is not null;

    /// <summary>An own-only action pressed while acting.</summary>
    public static bool Refuses(BotAction? action, ConversationState state) =>
        IsActing(state) && action is not null && OwnOnlyFeatures.Contains(action.Feature);

    public static TurnResult NotWhileActing(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle },
        ActingTexts.NotWhileActing,
        new ChoicesMessage("ほかのご用件はメニューからどうぞ。", [ActingTexts.BackChoice, Replies.Choice("ホーム", BotActions.Home)]));

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("ask", null) => AskAsync(state, cancellationToken),
            ("choose", { } delegationId) => ChooseAsync(delegationId, state, cancellationToken),
            ("self", null) => Task.FromResult(BackToSelf(state)),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> AskAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, ActingActions.Ask.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var question = PrincipalChoices.Question(await portal.PrincipalsAsync(state.PortalSession!.AccessToken, cancellationToken));
        return question is null ? new TurnResult(state, ActingTexts.NobodysProxy, Replies.Menu()) : new TurnResult(state, question);
    }

    public async Task<TurnResult> ChooseAsync(string delegationId, ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, ActingActions.Ask.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var own = check.State.PortalSession! with { Acting = null };
        state = check.State with { Step = ConversationSteps.Idle, PortalSession = own, Form = null };
        var chosen = PrincipalChoices.Of(await portal.PrincipalsAsync(own.AccessToken, cancellationToken))
            .FirstOrDefault(p => p.Delegation.Id == delegationId);
        if (chosen.Delegation is null)
        {
            return new TurnResult(state, ActingTexts.CouldNotStart, Replies.Menu());
        }
        var acting = await sessions.StartAsync(state.Id, own, delegationId, chosen.Label, cancellationToken);
        return acting is null
            ? new TurnResult(state, ActingTexts.CouldNotStart, Replies.Menu())
            : new TurnResult(state with { PortalSession = own with { Acting = acting } }, ActingTexts.Started(chosen.Label), Replies.Menu());
    }

    /// <summary>自分に戻る: the delegated token is dropped (it expires by itself within minutes); a form begun for the principal is left.</summary>
    public static TurnResult BackToSelf(ConversationState state) => IsActing(state)
        ? new TurnResult(state with { PortalSession = state.PortalSession! with { Acting = null }, Step = ConversationSteps.Idle, Form = null },
            ActingTexts.BackToSelf, Replies.Menu())
        : new TurnResult(state with { Step = ConversationSteps.Idle }, ActingTexts.AlreadySelf, Replies.Menu());
}
