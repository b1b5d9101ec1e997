using Bot.Core.Applications;
using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Registration;
using Bot.Core.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Login;

/// <summary>
/// One queued poll of the token endpoint for a pending login: waits again, or stores the session and tells the
/// resident proactively (then continues the intent, or starts registration for a first-time resident), or ends the
/// login politely when the link expired or was refused. A poll of a login no longer pending is dropped.
/// </summary>
public sealed class LoginPoller(
    ConversationUpdater conversations, PortalIdentityClient identity, PortalAccountClient accounts, ILoginPollQueue polls,
    Proxies.Acting.ActingPortalClient principals, ResidentChannelStore residentChannels, LinkedChannelStore linkedChannels, ProactiveMessenger messenger, IServiceProvider services,
    TimeProvider time, ILogger<LoginPoller> logger)
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    public async Task PollAsync(LoginPoll poll, CancellationToken cancellationToken)
    {
        var user = new ChannelUser(poll.Channel, poll.UserId);
        var pending = (await conversations.ReadAsync(user.Key, cancellationToken)).PendingLogin;
        if (pending?.DeviceCode is not { } deviceCode || pending.Id != poll.LoginId)
        {
            logger.LogInformation("Login poll on {Channel}: no longer pending, dropped", user.Channel);
            return;
        }
        var outcome = time.GetUtcNow() >= pending.ExpiresAt
            ? new TokenOutcome(null, TokenOutcome.ExpiredToken)
            : await identity.PollAsync(deviceCode, user.Key, cancellationToken);
        logger.LogInformation("Login poll on {Channel}: {Outcome}", user.Channel, outcome.Error ?? "tokens");
        switch (outcome)
        {
            case { Session: { } session }:
                await SignedInAsync(user, poll.LoginId, session, cancellationToken);
                break;
            case { Error: TokenOutcome.AuthorizationPending }:
                await polls.EnqueueAsync(poll, TimeSpan.FromSeconds(poll.IntervalSeconds), cancellationToken);
                break;
            // Over the portal's limit: the login is still pending, so it is polled again later, never dropped.
            case { Error: TokenOutcome.SlowDown or TokenOutcome.TooManyRequests }:
                var slower = poll with { IntervalSeconds = poll.IntervalSeconds + (int)SlowDownStep.TotalSeconds };
                await polls.EnqueueAsync(slower, TimeSpan.FromSeconds(slower.IntervalSeconds), cancellationToken);
                break;
            default:
                if (await EndAsync(user, poll.LoginId, cancellationToken))
                {
                    await messenger.SendAsync(user, outcome.Error == TokenOutcome.AccessDenied ? LoginTexts.Denied : LoginTexts.Expired, cancellationToken);
                }
                break;
        }
    }

    private async Task SignedInAsync(ChannelUser user, string loginId, PortalSession tokens, CancellationToken cancellationToken)
    {
        var me = await accounts.GetMeAsync(tokens.AccessToken, cancellationToken);
        // The account behind the tokens: status notices find the resident's channel by it.
        var session = tokens with { AccountId = me.Id };
        if (me.State == "registered")
        {
            string? intent = null;
            var stored = await conversations.UpdateAsync(user.Key, s =>
            {
                intent = s.PendingLogin?.Intent;
                return s.PendingLogin?.Id == loginId ? s with { PortalSession = session, PendingLogin = null } : null;
            }, cancellationToken);
            if (stored is null)
            {
                return;
            }
            await residentChannels.RememberAsync(me.Id, user, cancellationToken);
            // After the session is stored: a new-login notice then finds this chat holding this login, and skips it.
            await linkedChannels.LinkAsync(me.Id, user, session.SessionId, cancellationToken);
            if (await WhoseQuestionAsync(session, cancellationToken) is { } whose)
            {
                // Someone's proxy: whose procedures comes first, the intent is chosen again from the menu after.
                await messenger.SendAsync(user, [new TextMessage(LoginTexts.LoggedIn), whose], cancellationToken);
                return;
            }
            var continued = intent is null ? [] : await RunIntentAsync(user, loginId, intent, cancellationToken);
            await messenger.SendAsync(user, [new TextMessage(LoginTexts.LoggedIn), .. continued], cancellationToken);
            return;
        }
        var registering = await conversations.UpdateAsync(user.Key, s => s.PendingLogin?.Id == loginId
            ? RegistrationFlow.Begin(s, session)
            : null, cancellationToken);
        if (registering is not null)
        {
            await linkedChannels.LinkAsync(me.Id, user, session.SessionId, cancellationToken);
            await messenger.SendAsync(user, RegistrationFlow.AskEmail(first: true), cancellationToken);
        }
    }

    /// <summary>どなたの手続きをしますか for a resident who is an active proxy; null otherwise, or when the list cannot be read (best effort).</summary>
    private async Task<ChoicesMessage?> WhoseQuestionAsync(PortalSession session, CancellationToken cancellationToken)
    {
        try
        {
            return Proxies.Acting.PrincipalChoices.Question(await principals.PrincipalsAsync(session.AccessToken, cancellationToken));
        }
        catch (Portal.PortalApiException e)
        {
            logger.LogWarning("Principals not read after login: {Status}", (int)e.StatusCode);
            return null;
        }
    }

    /// <summary>Runs the intent as a pressed button through the engine, so its state is stored as any turn's.</summary>
    private Task<IReadOnlyList<OutgoingMessage>> RunIntentAsync(ChannelUser user, string loginId, string intent, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConversationEngine>().HandleAsync(
            new IncomingMessage(user, null, intent, null, $"login-{loginId}", time.GetUtcNow()), cancellationToken);

    private async Task<bool> EndAsync(ChannelUser user, string loginId, CancellationToken cancellationToken) =>
        await conversations.UpdateAsync(user.Key, s => s.PendingLogin?.Id == loginId ? s with { PendingLogin = null } : null,
            cancellationToken) is not null;
}
