using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Portal.Contracts.ResidentLookup;

namespace Bot.Core.LookupConsent;

/// <summary>
/// 本人確認情報の照会 in the chat (from アカウント or typed): what allowing means, the current choice, and one button that
/// changes it after a confirmation. Every step reads the portal's choice first, so a confirmation pressed twice or
/// after the same change elsewhere saves nothing and says so. Needs a login; a login started here shows the setting
/// afterwards, never a change the resident has not seen the state for.
/// </summary>
public sealed class LookupConsentFlow(LookupConsentPortalClient portal, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, LookupConsentActions.AllowOf(action.Argument)) switch
        {
            ("show", null) when action.Argument is null => ShowAsync(state, cancellationToken),
            ("ask", { } allow) => ReadThenAsync(state, (s, view) => view.Allowed == allow
                ? Task.FromResult(new TurnResult(s, LookupConsentTexts.Summary(view, LookupConsentTexts.Already(allow))))
                : Task.FromResult(new TurnResult(s, LookupConsentTexts.Confirm(allow, view))), cancellationToken),
            ("set", { } allow) => ReadThenAsync(state, (s, view) => view.Allowed == allow
                ? Task.FromResult(new TurnResult(s, LookupConsentTexts.Summary(view, LookupConsentTexts.Already(allow))))
                : SetAsync(s, view, allow, cancellationToken), cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public Task<TurnResult> ShowAsync(ConversationState state, CancellationToken cancellationToken) =>
        ReadThenAsync(state, (s, view) => Task.FromResult(new TurnResult(s, LookupConsentTexts.Summary(view))), cancellationToken);

    private async Task<TurnResult> SetAsync(ConversationState state, LookupConsentView current, bool allow, CancellationToken cancellationToken)
    {
        var saved = await portal.PutAsync(state.PortalSession!, allow, cancellationToken);
        if (saved.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        return saved.Value is { } view
            ? new TurnResult(state, LookupConsentTexts.Summary(view, allow ? LookupConsentTexts.Allowed : LookupConsentTexts.Withdrawn))
            : new TurnResult(state, LookupConsentTexts.NotSaved(saved.Problem), LookupConsentTexts.Summary(current));
    }

    /// <summary>Logs in if needed (coming back to the setting), reads the choice and answers with <paramref name="then"/>.</summary>
    private async Task<TurnResult> ReadThenAsync(
        ConversationState state, Func<ConversationState, LookupConsentView, Task<TurnResult>> then, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, LookupConsentActions.Show.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var read = await portal.GetAsync(state.PortalSession!, cancellationToken);
        if (read.SessionRejected)
        {
            return await LogInAgainAsync(state, cancellationToken);
        }
        return read.Value is { } view
            ? await then(state, view)
            : new TurnResult(state, LookupConsentTexts.NotRead(read.Problem), Replies.Menu());
    }

    private async Task<TurnResult> LogInAgainAsync(ConversationState state, CancellationToken cancellationToken) =>
        (await login.LogInAgainAsync(state, LookupConsentActions.Show.ToString(), cancellationToken)).ToTurn();
}
