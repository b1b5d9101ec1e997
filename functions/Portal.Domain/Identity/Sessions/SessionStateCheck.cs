using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// The login behind the token still exists: one point read by <c>sub</c> (the partition) and <c>sid</c>. Ending the
/// login, deleting the account (which ends its logins) and revoking the refresh token all delete that document. A
/// delegated token's login is its proxy's (<c>act.sub</c>), so the proxy's logout ends what they do for others too.
/// </summary>
public sealed class SessionStateCheck(SessionRepository sessions, TimeProvider clock) : IAccessStateCheck
{
    public async Task<string?> RefusalAsync(AccessTokenClaims claims, CancellationToken cancellationToken)
    {
        if (claims.SessionId is not { } sessionId)
        {
            return "no session";
        }
        var session = await sessions.FindAsync(claims.LoginAccount, sessionId, cancellationToken);
        return session switch
        {
            null => "session ended",
            _ when session.IsExpiredAt(clock.GetUtcNow()) => "session expired",
            // The session names its client: a token of another client with this sid is not this login.
            _ when !string.Equals(session.ClientId, claims.ClientId, StringComparison.Ordinal) => "session of another client",
            _ => null,
        };
    }
}
