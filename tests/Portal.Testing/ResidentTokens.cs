using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;

namespace Portal.Testing;

/// <summary>
/// A resident's access token without going through the card login: a login (session) of the account is stored first,
/// as a card login stores one, so the per-request check finds it. For tests about what a resident may do, not about
/// how they got in.
/// </summary>
public static class ResidentTokens
{
    public static async Task<string> IssueAsync(IServiceProvider portal, string accountId, string clientId, params string[] scopes)
    {
        var sessionId = await StartSessionAsync(portal, accountId, clientId);
        return (await portal.GetRequiredService<AccessTokenService>()
            .IssueAsync(new AccessTokenClaims(accountId, clientId, scopes, SessionId: sessionId))).Token;
    }

    /// <summary>A day-long login of <paramref name="accountId"/> through <paramref name="clientId"/>; its session id.</summary>
    public static async Task<string> StartSessionAsync(IServiceProvider portal, string accountId, string clientId)
    {
        var now = portal.GetRequiredService<TimeProvider>().GetUtcNow();
        var session = await portal.GetRequiredService<SessionRepository>().CreateAsync(new LoginSession
        {
            Id = SessionIdentifiers.NewSessionId(),
            ResidentId = accountId,
            ClientId = clientId,
            ClientName = clientId,
            DeviceKind = DeviceKinds.Other,
            StartedAt = now,
            LastUsedAt = now,
            ExpiresAt = now.AddDays(1),
            Ttl = 86_400,
        }, CancellationToken.None);
        return session.Id;
    }
}
