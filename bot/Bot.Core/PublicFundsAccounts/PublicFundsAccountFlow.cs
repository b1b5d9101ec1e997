using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Proxies.Acting;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 in the chat: the registered account shown masked, a one-time page link to register or change it (the
/// number is entered only on that page, never in the chat), deletion after a confirmation. The resident's own only:
/// while acting as a proxy the feature says a proxy cannot register someone's account. Needs a login.
/// </summary>
public sealed class PublicFundsAccountFlow(PublicFundsAccountPortalClient portal, LoginFlow login, PublicFundsAccountPageTokens tokens)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        ActingFlow.IsActing(state)
            ? Task.FromResult(NotForProxy(state))
            : action.Verb switch
            {
                "show" => ShowAsync(state, cancellationToken),
                "register" => RegisterAsync(state, cancellationToken),
                "delete" => AskDeleteAsync(state, cancellationToken),
                "delete-yes" => DeleteAsync(state, cancellationToken),
                _ => Task.FromResult(Replies.Stale(state)),
            };

    /// <summary>A 7-digit number typed in the chat: neither kept nor repeated; the page is where it goes.</summary>
    public static TurnResult NumberTyped(ConversationState state) => new(
        state, PublicFundsAccountTexts.NotTheChat,
        new Messages.ChoicesMessage("口座を登録・変更するときは、こちらからどうぞ。",
            [Replies.Choice("口座を登録・変更する", PublicFundsAccountActions.Register), Replies.Choice("ホーム", BotActions.Home)]));

    public static TurnResult NotForProxy(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle }, PublicFundsAccountTexts.NotForProxy,
        new Messages.ChoicesMessage("ほかのご用件はメニューからどうぞ。", [ActingTexts.BackChoice, Replies.Choice("ホーム", BotActions.Home)]));

    public async Task<TurnResult> ShowAsync(ConversationState state, CancellationToken cancellationToken)
    {
        if (ActingFlow.IsActing(state))
        {
            return NotForProxy(state);
        }
        var check = await login.RequireLoginAsync(state, PublicFundsAccountActions.Show.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var current = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.GetAsync(current.PortalSession!, cancellationToken);
        if (answer.SessionRejected)
        {
            return await AgainAsync(current, PublicFundsAccountActions.Show, cancellationToken);
        }
        return new TurnResult(current,
            answer.Value is { } account ? PublicFundsAccountTexts.Registered(account) : PublicFundsAccountTexts.NoneRegistered);
    }

    private async Task<TurnResult> RegisterAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, PublicFundsAccountActions.Register.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var page = tokens.Issue(check.State.Id);
        // The step is kept: pressed from a form's 「公金受取口座を利用しますか」, the question is still open afterwards.
        return new TurnResult(check.State with { PublicFundsAccountPage = page },
            PublicFundsAccountTexts.Page(tokens.PageUrl(page.Token)));
    }

    private async Task<TurnResult> AskDeleteAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, PublicFundsAccountActions.Delete.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var answer = await portal.GetAsync(check.State.PortalSession!, cancellationToken);
        if (answer.SessionRejected)
        {
            return await AgainAsync(check.State, PublicFundsAccountActions.Delete, cancellationToken);
        }
        return new TurnResult(check.State with { Step = ConversationSteps.Idle },
            answer.Value is { } account ? PublicFundsAccountTexts.ConfirmDelete(account) : PublicFundsAccountTexts.NoneRegistered);
    }

    private async Task<TurnResult> DeleteAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, PublicFundsAccountActions.Delete.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        return await portal.DeleteAsync(check.State.PortalSession!, cancellationToken)
            ? new TurnResult(check.State with { Step = ConversationSteps.Idle }, PublicFundsAccountTexts.Deleted)
            : await AgainAsync(check.State, PublicFundsAccountActions.Delete, cancellationToken);
    }

    private async Task<TurnResult> AgainAsync(ConversationState state, BotAction intent, CancellationToken cancellationToken) =>
        (await login.LogInAgainAsync(state, intent.ToString(), cancellationToken)).ToTurn();
}
