using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Contracts.Accounts;

namespace Bot.Core.Registration;

/// <summary>
/// A first-time resident's registration in the chat: e-mail, consent to the current terms, the code from the e-mail;
/// then a refresh yields the "portal" scope and the login's intent continues. "あとで" leaves it. The address and the
/// code are never logged; the address is kept only until consent. The registration-only tokens are refreshed by
/// <see cref="PortalSessionRefresher"/>, like every session: the portal's rate limit (429) keeps the pending login and
/// asks the resident to come back; only a refused refresh (the login is over) asks for a new login.
/// </summary>
public sealed class RegistrationFlow(
    PortalAccountClient accounts, PortalSessionRefresher refresher, IOptions<LoginOptions> options, IServiceProvider services,
    TimeProvider time, ILogger<RegistrationFlow> logger)
{
    /// <summary>The state once the device flow gave registration-only tokens: asks for the e-mail next.</summary>
    public static ConversationState Begin(ConversationState state, PortalSession registration) => state with
    {
        Step = RegistrationSteps.Email,
        PendingLogin = state.PendingLogin! with { DeviceCode = null, UserCode = null, Registration = registration },
    };

    public static IReadOnlyList<OutgoingMessage> AskEmail(bool first) =>
        [new ChoicesMessage(RegistrationTexts.AskEmail(first), [RegistrationTexts.LaterChoice])];

    public Task<TurnResult> TextAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        if (text == RegistrationTexts.Later)
        {
            return Task.FromResult(Postpone(state));
        }
        return state.Step switch
        {
            RegistrationSteps.Email => EmailAsync(text, state, cancellationToken),
            RegistrationSteps.Terms when text == "同意する" => AgreeAsync(state, cancellationToken),
            RegistrationSteps.Terms when text == "同意しない" => Task.FromResult(Decline(state)),
            RegistrationSteps.Code => CodeAsync(text, state, cancellationToken),
            RegistrationSteps.Finish => FinishAsync(state, cancellationToken),
            _ => Task.FromResult(Replies.NotUnderstood(state)),
        };
    }

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.PendingLogin?.Registration is null)
        {
            return Task.FromResult(Replies.Stale(state));
        }
        return action.Verb switch
        {
            "agree" when state.Step == RegistrationSteps.Terms => AgreeAsync(state, cancellationToken),
            "decline" when state.Step == RegistrationSteps.Terms => Task.FromResult(Decline(state)),
            "finish" when state.Step == RegistrationSteps.Finish => FinishAsync(state, cancellationToken),
            "later" => Task.FromResult(Postpone(state)),
            _ => Task.FromResult(Replies.Stale(state)),
        };
    }

    private async Task<TurnResult> EmailAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.PendingLogin?.Registration is null)
        {
            return Replies.Stale(state);
        }
        if (EmailAddresses.Normalize(text) is not { } email)
        {
            return new TurnResult(state, new ChoicesMessage(RegistrationTexts.EmailInvalid, [RegistrationTexts.LaterChoice]));
        }
        var terms = await accounts.GetCurrentTermsAsync(cancellationToken);
        var link = options.Value.TermsUrl ?? accounts.TermsLink(terms.Version);
        return new TurnResult(
            state with { Step = RegistrationSteps.Terms, PendingLogin = state.PendingLogin with { Email = email, TermsVersion = terms.Version } },
            new LinkMessage(terms.Title, RegistrationTexts.ReadTerms, link),
            new ChoicesMessage(RegistrationTexts.Terms(terms.Title),
            [
                Replies.Choice("同意する", RegistrationActions.Agree),
                Replies.Choice("同意しない", RegistrationActions.Decline),
                RegistrationTexts.LaterChoice,
            ]));
    }

    private async Task<TurnResult> AgreeAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var pending = state.PendingLogin!;
        if (pending.Email is null || pending.TermsVersion is null)
        {
            return AskEmailAgain(state, RegistrationTexts.StartOver);
        }
        var token = await TokenAsync(state.Id, pending, cancellationToken);
        if (token.Session is not { } tokens)
        {
            return NotRefreshed(state, token);
        }
        pending = pending with { Registration = tokens };
        var problem = await accounts.StartRegistrationAsync(tokens.AccessToken,
            new RegistrationRequest(pending.Email, NotificationsEnabled: true, pending.TermsVersion), cancellationToken);
        logger.LogInformation("Registration start: {Outcome}", problem?.Type ?? "code sent");
        if (problem is null)
        {
            return new TurnResult(
                state with { Step = RegistrationSteps.Code, PendingLogin = pending with { Email = null } },
                new ChoicesMessage(RegistrationTexts.CodeSent, [RegistrationTexts.LaterChoice]));
        }
        return problem.Status == 401 ? Expired(state) : AskEmailAgain(state with { PendingLogin = pending }, Explain(problem));
    }

    private async Task<TurnResult> CodeAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        var pending = state.PendingLogin;
        if (pending?.Registration is null)
        {
            return Replies.Stale(state);
        }
        if (ConfirmationCodes.Normalize(text) is not { } code)
        {
            return new TurnResult(state, new ChoicesMessage(RegistrationTexts.CodeFormat, [RegistrationTexts.LaterChoice]));
        }
        var token = await TokenAsync(state.Id, pending, cancellationToken);
        if (token.Session is not { } tokens)
        {
            return NotRefreshed(state, token);
        }
        pending = pending with { Registration = tokens };
        var problem = await accounts.ConfirmRegistrationAsync(tokens.AccessToken, code, cancellationToken);
        logger.LogInformation("Registration confirm: {Outcome}", problem?.Type ?? "confirmed");
        switch (problem)
        {
            case null:
            case { Type: "already-registered" }:
                return await CompleteAsync(state, pending, cancellationToken);
            case { Status: 401 }:
                return Expired(state);
            case { Type: "confirmation-code-incorrect" }:
                return new TurnResult(state with { PendingLogin = pending },
                    new ChoicesMessage(RegistrationTexts.CodeIncorrect, [RegistrationTexts.LaterChoice]));
            default:
                return AskEmailAgain(state with { PendingLogin = pending }, Explain(problem));
        }
    }

    /// <summary>The resident comes back after the portal's rate limit stopped <see cref="CompleteAsync"/>.</summary>
    private Task<TurnResult> FinishAsync(ConversationState state, CancellationToken cancellationToken) =>
        state.PendingLogin is { Registration: not null } pending
            ? CompleteAsync(state, pending, cancellationToken)
            : Task.FromResult(Replies.Stale(state));

    /// <summary>Refreshes to the "portal" scope, stores the session and runs the login's intent in this turn.</summary>
    private async Task<TurnResult> CompleteAsync(ConversationState state, PendingLogin pending, CancellationToken cancellationToken)
    {
        var refreshed = pending.Registration is { } registration
            ? await refresher.RefreshRegistrationAsync(state.Id, registration, cancellationToken)
            : new TokenOutcome(null, TokenOutcome.InvalidGrant);
        if (refreshed.Error == TokenOutcome.TooManyRequests)
        {
            // The account is registered and the registration tokens still good: keep them, and finish when asked.
            logger.LogInformation("Registration refresh refused: {Error}", refreshed.Error);
            return new TurnResult(state with { Step = RegistrationSteps.Finish, PendingLogin = pending },
                LoginTexts.TryLater, new ChoicesMessage(RegistrationTexts.Finish, [RegistrationTexts.FinishChoice]));
        }
        if (refreshed.Session is not { } session)
        {
            logger.LogInformation("Registration refresh refused: {Error}", refreshed.Error);
            return new TurnResult(state with { Step = ConversationSteps.Idle, PendingLogin = null },
                new TextMessage(RegistrationTexts.Registered), new TextMessage(RegistrationTexts.LogInAgain), Replies.Menu());
        }
        var done = state with
        {
            Step = ConversationSteps.Idle, PendingLogin = null, PortalSession = session,
        };
        var user = ConversationKeys.User(state.Id);
        var router = services.GetRequiredService<TurnRouter>();
        var continued = await router.RunAsync(
            new IncomingMessage(user, null, pending.Intent, null, $"registered-{pending.Id}", time.GetUtcNow()), done, cancellationToken);
        return new TurnResult(continued.State, [new TextMessage(RegistrationTexts.Registered), .. continued.Replies]);
    }

    /// <summary>The registration tokens, refreshed when near expiry; or why they could not be.</summary>
    private async Task<TokenOutcome> TokenAsync(string conversationKey, PendingLogin pending, CancellationToken cancellationToken)
    {
        var tokens = pending.Registration!;
        if (tokens.ExpiresAt - time.GetUtcNow() > options.Value.RefreshBefore)
        {
            return new TokenOutcome(tokens, null);
        }
        var refreshed = await refresher.RefreshRegistrationAsync(conversationKey, tokens, cancellationToken);
        if (refreshed.Session is null)
        {
            logger.LogInformation("Registration refresh refused: {Error}", refreshed.Error);
        }
        return refreshed;
    }

    /// <summary>
    /// The portal's rate limit leaves everything as it was (the step, the pending login, its tokens): the resident sends
    /// the same again later. Any other refusal means the login is over.
    /// </summary>
    private static TurnResult NotRefreshed(ConversationState state, TokenOutcome outcome) =>
        outcome.Error == TokenOutcome.TooManyRequests ? new TurnResult(state, LoginTexts.TryLater) : Expired(state);

    private static string Explain(PortalProblem problem) =>
        string.Join(" ", new[] { problem.Title, problem.Detail }.Where(t => !string.IsNullOrEmpty(t)).Append(RegistrationTexts.StartOver));

    private static TurnResult AskEmailAgain(ConversationState state, string why) => new(
        state with { Step = RegistrationSteps.Email, PendingLogin = state.PendingLogin! with { Email = null } },
        new TextMessage(why), new ChoicesMessage(RegistrationTexts.AskEmail(first: false), [RegistrationTexts.LaterChoice]));

    private static TurnResult Postpone(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle, PendingLogin = null }, new TextMessage(RegistrationTexts.Postponed), Replies.Menu());

    private static TurnResult Decline(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle, PendingLogin = null }, new TextMessage(RegistrationTexts.Declined), Replies.Menu());

    private static TurnResult Expired(ConversationState state) => new(
        state with { Step = ConversationSteps.Idle, PendingLogin = null }, new TextMessage(RegistrationTexts.LogInAgain), Replies.Menu());
}
