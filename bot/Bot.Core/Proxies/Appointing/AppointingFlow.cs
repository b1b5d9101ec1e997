using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Information;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Appointing;

/// <summary>
/// アカウント → 代理人 in the chat: 代理人一覧 and 委任者一覧, 確認する on a pending one, and 取り消す (principal) / 辞任する
/// (proxy) after a confirmation. Every button reads the delegation from the portal first, on the side the button
/// names, so a stale button or another resident's id says so and sends nothing. Needs a login; a login started here
/// comes back to the menu, never to an ending the resident has not seen.
/// </summary>
public sealed class AppointingFlow(ProxiesPortalClient portal, InformationPortalClient information, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("menu", null) => MenuAsync(state, cancellationToken),
            ("proxies", null) => ListAsync(state, DelegationRoles.Principal, null, cancellationToken),
            ("principals", null) => ListAsync(state, DelegationRoles.Proxy, null, cancellationToken),
            ("keep-proxies", null) => ListAsync(state, DelegationRoles.Principal, AppointingTexts.Kept(DelegationRoles.Principal), cancellationToken),
            ("keep-principals", null) => ListAsync(state, DelegationRoles.Proxy, AppointingTexts.Kept(DelegationRoles.Proxy), cancellationToken),
            ("check-proxy", { } id) => ReadOneThenAsync(state, DelegationRoles.Principal, id, CheckedAsync, cancellationToken),
            ("check-principal", { } id) => ReadOneThenAsync(state, DelegationRoles.Proxy, id, CheckedAsync, cancellationToken),
            ("ask-revoke", { } id) => ReadOneThenAsync(state, DelegationRoles.Principal, id, AskEndAsync, cancellationToken),
            ("ask-resign", { } id) => ReadOneThenAsync(state, DelegationRoles.Proxy, id, AskEndAsync, cancellationToken),
            ("revoke", { } id) => ReadOneThenAsync(state, DelegationRoles.Principal, id, EndAsync, cancellationToken),
            ("resign", { } id) => ReadOneThenAsync(state, DelegationRoles.Proxy, id, EndAsync, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    /// <summary>A typed word: 代理人一覧 and 委任者一覧 are the lists, the others the menu.</summary>
    public Task<TurnResult> WordAsync(string text, ConversationState state, CancellationToken cancellationToken) => text switch
    {
        "代理人一覧" => ListAsync(state, DelegationRoles.Principal, null, cancellationToken),
        "委任者一覧" => ListAsync(state, DelegationRoles.Proxy, null, cancellationToken),
        _ => MenuAsync(state, cancellationToken),
    };

    public async Task<TurnResult> MenuAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, AppointingActions.Menu.ToString(), cancellationToken);
        return check.IsLoggedIn ? new TurnResult(check.State with { Step = ConversationSteps.Idle }, AppointingTexts.Menu) : check.ToTurn();
    }

    private async Task<TurnResult> ListAsync(ConversationState state, string role, string? lead, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, AppointingActions.Menu.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var read = await portal.ListAsync(state.PortalSession!, role, cancellationToken);
        if (read.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        if (read.Value is not { } list)
        {
            return new TurnResult(state, AppointingTexts.Refused($"{AppointingTexts.ListLabel(role)}を表示できませんでした。", read.Problem), Replies.Menu());
        }
        List<OutgoingMessage> replies = lead is null ? [] : [new TextMessage(lead)];
        if (list.Items.Count == 0)
        {
            replies.Add(AppointingTexts.None(role));
            return new TurnResult(state, replies);
        }
        var names = await CategoryNamesAsync(list.Items, cancellationToken);
        replies.Add(AppointingTexts.Intro(role));
        replies.Add(new CardsMessage(AppointingTexts.ListLabel(role),
            [.. list.Items.Take(CardsMessage.MaxCards).Select(d => AppointingTexts.Card(d, role, names))]));
        replies.Add(AppointingTexts.After(role));
        return new TurnResult(state, replies);
    }

    private static Task<TurnResult> CheckedAsync(ConversationState state, DelegationView delegation, string role, CancellationToken cancellationToken) =>
        Task.FromResult(new TurnResult(state, AppointingTexts.Checked(delegation, role)));

    private static Task<TurnResult> AskEndAsync(ConversationState state, DelegationView delegation, string role, CancellationToken cancellationToken) =>
        Task.FromResult(IsEnded(delegation)
            ? new TurnResult(state, AppointingTexts.AlreadyEnded(role))
            : new TurnResult(state, AppointingTexts.ConfirmEnd(delegation, role)));

    private async Task<TurnResult> EndAsync(ConversationState state, DelegationView delegation, string role, CancellationToken cancellationToken)
    {
        if (IsEnded(delegation))
        {
            return new TurnResult(state, AppointingTexts.AlreadyEnded(role));
        }
        var ended = await portal.EndAsync(state.PortalSession!, role, delegation.Id, cancellationToken);
        if (ended.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        return ended switch
        {
            { Value: { } view } => new TurnResult(state, AppointingTexts.Ended(view, role)),
            { NotFound: true } => new TurnResult(state, AppointingTexts.NotFound(role)),
            _ => new TurnResult(state, AppointingTexts.Refused("代理人の設定を終了できませんでした。", ended.Problem), AppointingTexts.AlreadyEnded(role)),
        };
    }

    /// <summary>Logs in if needed (coming back to the menu), reads the delegation on that side and answers with <paramref name="then"/>.</summary>
    private async Task<TurnResult> ReadOneThenAsync(
        ConversationState state, string role, string id, Func<ConversationState, DelegationView, string, CancellationToken, Task<TurnResult>> then,
        CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, AppointingActions.Menu.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var read = await portal.GetAsync(state.PortalSession!, role, id, cancellationToken);
        if (read.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        return read switch
        {
            { Value: { } delegation } => await then(state, delegation, role, cancellationToken),
            { NotFound: true } => new TurnResult(state, AppointingTexts.NotFound(role)),
            _ => new TurnResult(state, AppointingTexts.Refused("代理人の設定を読み取れませんでした。", read.Problem), Replies.Menu()),
        };
    }

    private static bool IsEnded(DelegationView delegation) => delegation.State is not ("pending" or "active");

    /// <summary>わたしの情報's names, read from the public catalogue only when a delegation names a category.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CategoryNamesAsync(IEnumerable<DelegationView> delegations, CancellationToken cancellationToken)
    {
        if (!delegations.Any(d => d.InformationCategories.Count > 0))
        {
            return new Dictionary<string, string>();
        }
        var catalogue = await information.CatalogueAsync(cancellationToken);
        return catalogue.Categories.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
    }

    private async Task<TurnResult> LogInAgainAsync(ConversationState state, CancellationToken cancellationToken) =>
        (await login.LogInAgainAsync(state, AppointingActions.Menu.ToString(), cancellationToken)).ToTurn();
}
