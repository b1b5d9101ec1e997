using System.Net;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Portal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Proxies.Acting;

/// <summary>
/// Gets and keeps a delegated token for the resident's own (fresh) session: a delegation token with the own token, then
/// the token exchange (RFC 8693) with the own token as the actor. The delegated token has no refresh token, so near its
/// expiry it is exchanged again (with a new delegation token once that one expired). Logs carry outcomes only.
/// </summary>
public sealed class ActingSessions(
    ActingPortalClient portal, PortalIdentityClient identity, IOptions<LoginOptions> options, TimeProvider time, ILogger<ActingSessions> logger)
{
    /// <summary>Acting for the principal of <paramref name="delegationId"/>; null when the portal refuses it (not in effect).</summary>
    public async Task<ActingFor?> StartAsync(
        string conversationKey, PortalSession own, string delegationId, string label, CancellationToken cancellationToken)
    {
        var subject = await portal.DelegationTokenAsync(own.AccessToken, delegationId, cancellationToken);
        if (subject is null)
        {
            logger.LogInformation("Acting refused: no delegation token");
            return null;
        }
        return await ExchangeAsync(conversationKey, own, delegationId, label, subject.SubjectToken, subject.ExpiresAt, cancellationToken);
    }

    /// <summary><paramref name="acting"/> as it is, or exchanged again near its expiry; null when the delegation ended.</summary>
    public async Task<ActingFor?> FreshAsync(string conversationKey, PortalSession own, ActingFor acting, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (acting.ExpiresAt - now > options.Value.RefreshBefore)
        {
            return acting;
        }
        return acting.DelegationTokenExpiresAt - now > options.Value.RefreshBefore
            ? await ExchangeAsync(conversationKey, own, acting.DelegationId, acting.Label, acting.DelegationToken, acting.DelegationTokenExpiresAt,
                cancellationToken)
            : await StartAsync(conversationKey, own, acting.DelegationId, acting.Label, cancellationToken);
    }

    private async Task<ActingFor?> ExchangeAsync(string conversationKey, PortalSession own, string delegationId, string label,
        string subjectToken, DateTimeOffset subjectExpiresAt, CancellationToken cancellationToken)
    {
        var outcome = await identity.ExchangeAsync(subjectToken, own.AccessToken, conversationKey, cancellationToken);
        if (outcome.Error == TokenOutcome.TooManyRequests)
        {
            throw new PortalApiException(HttpStatusCode.TooManyRequests, "token-exchange");
        }
        logger.LogInformation("Token exchange: {Outcome}", outcome.Error ?? "delegated token");
        return outcome.Session is { } delegated
            ? new ActingFor(delegationId, label, delegated.AccessToken, delegated.ExpiresAt, subjectToken, subjectExpiresAt)
            : null;
    }
}
