using System.Net;
using System.Security.Cryptography;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Login;

/// <summary>
/// Gets a portal access token for a feature: the stored session (refreshed near expiry), or a new device-flow login
/// whose link (and QR code on a PC channel) is the answer; a queued poll then continues the intent by itself.
/// Logs carry outcomes only: never a token, a code or a link.
/// </summary>
public sealed class LoginFlow(
    PortalIdentityClient identity, PortalSessionRefresher refresher, ILoginPollQueue polls, LoginLinkStore links,
    Proxies.Acting.ActingSessions acting, IOptions<LoginOptions> options, TimeProvider time, ILogger<LoginFlow> logger)
{
    /// <summary>
    /// A usable access token for <paramref name="state"/>'s resident, or the replies that started a login which runs
    /// <paramref name="pendingIntent"/> (a <see cref="Actions.BotAction"/> value) once done.
    /// </summary>
    public async Task<LoginCheck> RequireLoginAsync(ConversationState state, string pendingIntent, CancellationToken cancellationToken)
    {
        if (state.PortalSession is { } session)
        {
            if (session.ExpiresAt - time.GetUtcNow() > options.Value.RefreshBefore)
            {
                return await ActingAsync(state, session, cancellationToken);
            }
            var refreshed = await refresher.RefreshAsync(state.Id, session, cancellationToken);
            if (refreshed.Session is { } fresh)
            {
                logger.LogInformation("Portal session refreshed");
                return await ActingAsync(state with { PortalSession = fresh }, fresh, cancellationToken);
            }
            logger.LogInformation("Portal session refresh refused: {Error}", refreshed.Error);
            if (refreshed.Error == TokenOutcome.TooManyRequests)
            {
                // The session is still good: keep it, and ask the resident to come back rather than log in again.
                return new LoginCheck(state with { Step = ConversationSteps.Idle }, null, [LoginTexts.TryLater, Replies.Menu()]);
            }
            return await StartAsync(state with { PortalSession = null }, pendingIntent, LoginTexts.SessionEnded, cancellationToken);
        }
        return await StartAsync(state, pendingIntent, LoginTexts.Needed, cancellationToken);
    }

    /// <summary>
    /// Drops the session (the portal refused it) and starts a new login. While acting for a principal, the refusal is the
    /// delegation's (revoked, resigned, its period over): acting ends and the resident is themselves again.
    /// </summary>
    public Task<LoginCheck> LogInAgainAsync(ConversationState state, string pendingIntent, CancellationToken cancellationToken) =>
        state.PortalSession is { Acting: not null } session
            ? Task.FromResult(ActingEnded(state, session))
            : StartAsync(state with { PortalSession = null }, pendingIntent, LoginTexts.SessionEnded, cancellationToken);

    /// <summary>The own session is fresh: while acting, the delegated token must be too (exchanged again near its expiry).</summary>
    private async Task<LoginCheck> ActingAsync(ConversationState state, PortalSession session, CancellationToken cancellationToken)
    {
        if (session.Acting is not { } current)
        {
            return new LoginCheck(state, session.AccessToken, []);
        }
        if (await acting.FreshAsync(state.Id, session, current, cancellationToken) is not { } fresh)
        {
            return ActingEnded(state, session);
        }
        var actingSession = session with { Acting = fresh };
        return new LoginCheck(state with { PortalSession = actingSession }, actingSession.BearerToken(), []);
    }

    private LoginCheck ActingEnded(ConversationState state, PortalSession session)
    {
        logger.LogInformation("Acting ended by the portal");
        return new LoginCheck(state with { PortalSession = session with { Acting = null }, Step = ConversationSteps.Idle, Form = null }, null,
            [Proxies.Acting.ActingTexts.Ended, Replies.Menu()]);
    }

    private async Task<LoginCheck> StartAsync(
        ConversationState state, string intent, TextMessage why, CancellationToken cancellationToken)
    {
        var user = ConversationKeys.User(state.Id);
        DeviceAuthorizationStarted device;
        try
        {
            device = await identity.StartDeviceAuthorizationAsync(user.Channel, state.Id, cancellationToken);
        }
        catch (PortalApiException e) when (e.StatusCode == HttpStatusCode.TooManyRequests)
        {
            logger.LogWarning("Device authorization refused by the portal's rate limit");
            return new LoginCheck(state with { Step = ConversationSteps.Idle }, null, [LoginTexts.TryLater, Replies.Menu()]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Device authorization failed with {ErrorType}", e.GetType().Name);
            return new LoginCheck(state with { Step = ConversationSteps.Idle }, null, [why, LoginTexts.CouldNotStart, Replies.Menu()]);
        }
        var expiresAt = time.GetUtcNow().AddSeconds(device.ExpiresIn);
        var pending = new PendingLogin
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            Intent = intent,
            DeviceCode = device.DeviceCode,
            UserCode = device.UserCode,
            ExpiresAt = expiresAt,
            IntervalSeconds = Math.Max(1, device.Interval),
        };
        await polls.EnqueueAsync(new LoginPoll(user.Channel, user.UserId, pending.Id, pending.IntervalSeconds),
            TimeSpan.FromSeconds(pending.IntervalSeconds), cancellationToken);

        var onPc = user.Channel is Messages.Channels.WebChat or Messages.Channels.Teams;
        List<OutgoingMessage> replies = [why, new LinkMessage(LoginTexts.Link(onPc), LoginTexts.LinkLabel, device.CardRequestUri)];
        if (onPc && options.Value.PublicBaseUrl is { } baseUrl)
        {
            var id = await links.AddAsync(device.CardRequestUri, expiresAt, cancellationToken);
            replies.Add(new ImageMessage(new Uri(WithSlash(baseUrl), $"api/qr/{id}"), "ログイン用のQRコード"));
        }
        replies.Add(LoginTexts.Waiting(device.UserCode));
        logger.LogInformation("Login started on {Channel}", user.Channel);
        return new LoginCheck(state with { Step = ConversationSteps.Idle, PendingLogin = pending }, null, replies);
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
