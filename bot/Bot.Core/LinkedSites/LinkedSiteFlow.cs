using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Information;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.LinkedSites;

namespace Bot.Core.LinkedSites;

/// <summary>
/// 連携中のサイト in the chat (from アカウント or typed): each linked site with when it was linked, what it may read and
/// its last use, and unlinking one after a confirmation. Every step reads the portal's list first, so a button for a
/// site already unlinked says so and calls nothing; the button carries only the site id, the name shown comes from the
/// portal. Needs a login; a login started here comes back to the list, never to an unlink the resident has not seen.
/// </summary>
public sealed class LinkedSiteFlow(LinkedSitesPortalClient portal, InformationPortalClient information, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("list", null) => ListAsync(state, cancellationToken),
            ("keep", null) => ReadThenAsync(state, (s, list) => ListedAsync(s, list, new TextMessage(LinkedSiteTexts.Kept), cancellationToken),
                cancellationToken),
            ("ask", { } siteId) => ReadThenAsync(state, (s, list) => AskAsync(s, list, siteId, cancellationToken), cancellationToken),
            ("unlink", { } siteId) => ReadThenAsync(state, (s, list) => UnlinkAsync(s, list, siteId, cancellationToken), cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public Task<TurnResult> ListAsync(ConversationState state, CancellationToken cancellationToken) =>
        ReadThenAsync(state, (s, list) => ListedAsync(s, list, null, cancellationToken), cancellationToken);

    private async Task<TurnResult> ListedAsync(ConversationState state, LinkedSiteList list, TextMessage? lead, CancellationToken cancellationToken)
    {
        if (list.Items.Count == 0)
        {
            OutgoingMessage[] none = [.. Lead(lead), LinkedSiteTexts.None];
            return new TurnResult(state, none);
        }
        var names = await CategoryNamesAsync(list.Items, cancellationToken);
        var cards = list.Items.Take(CardsMessage.MaxCards).Select(site => LinkedSiteTexts.Card(site, SiteScopeLabels.Of(site.Scopes, names)));
        OutgoingMessage[] replies = [.. Lead(lead), LinkedSiteTexts.Intro, new CardsMessage(LinkedSiteTexts.Label, [.. cards]), LinkedSiteTexts.After];
        return new TurnResult(state, replies);
    }

    private async Task<TurnResult> AskAsync(ConversationState state, LinkedSiteList list, string siteId, CancellationToken cancellationToken)
    {
        if (Find(list, siteId) is not { } site)
        {
            return new TurnResult(state, LinkedSiteTexts.NotLinked);
        }
        var names = await CategoryNamesAsync([site], cancellationToken);
        return new TurnResult(state, LinkedSiteTexts.Confirm(site, SiteScopeLabels.Of(site.Scopes, names)));
    }

    private async Task<TurnResult> UnlinkAsync(ConversationState state, LinkedSiteList list, string siteId, CancellationToken cancellationToken)
    {
        if (Find(list, siteId) is not { } site)
        {
            return new TurnResult(state, LinkedSiteTexts.NotLinked);
        }
        var answer = await portal.UnlinkAsync(state.PortalSession!, site.SiteId, cancellationToken);
        if (answer.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        if (answer.NotLinked)
        {
            return new TurnResult(state, LinkedSiteTexts.NotLinked);
        }
        return answer.Succeeded
            ? new TurnResult(state, LinkedSiteTexts.Unlinked(site.Name))
            : new TurnResult(state, LinkedSiteTexts.NotUnlinked(answer.Problem), Replies.Menu());
    }

    /// <summary>Logs in if needed (coming back to the list), reads the list and answers with <paramref name="then"/>.</summary>
    private async Task<TurnResult> ReadThenAsync(
        ConversationState state, Func<ConversationState, LinkedSiteList, Task<TurnResult>> then, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, LinkedSiteActions.List.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var read = await portal.ListAsync(state.PortalSession!, cancellationToken);
        if (read.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        return read.Value is { } list
            ? await then(state, list)
            : new TurnResult(state, LinkedSiteTexts.NotRead(read.Problem), Replies.Menu());
    }

    /// <summary>わたしの情報's names, read from the public catalogue only when a site may read a category.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CategoryNamesAsync(IEnumerable<LinkedSiteView> sites, CancellationToken cancellationToken)
    {
        if (!sites.Any(s => SiteScopeLabels.NeedsCatalogue(s.Scopes)))
        {
            return new Dictionary<string, string>();
        }
        var catalogue = await information.CatalogueAsync(cancellationToken);
        return catalogue.Categories.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
    }

    private static LinkedSiteView? Find(LinkedSiteList list, string siteId) =>
        list.Items.FirstOrDefault(s => string.Equals(s.SiteId, siteId, StringComparison.Ordinal));

    private static IEnumerable<OutgoingMessage> Lead(TextMessage? lead) => lead is null ? [] : [lead];

    private async Task<TurnResult> LogInAgainAsync(ConversationState state, CancellationToken cancellationToken) =>
        (await login.LogInAgainAsync(state, LinkedSiteActions.List.ToString(), cancellationToken)).ToTurn();
}
