using Portal.Domain.Accounts;
using Portal.Domain.Identity.Sessions;

namespace Portal.Domain.Identity.Tokens;

/// <summary>The userinfo endpoint's work: a resident's access token with openid, read against the current account.</summary>
public sealed class UserInfoService(AccessTokenService tokens, ResidentAccessCheck access, AccountRepository accounts)
{
    /// <exception cref="InvalidAccessTokenException">No valid resident token with openid, or its login ended (answered 401).</exception>
    /// <exception cref="AccountNotFoundException">The account is gone (answered 401 too).</exception>
    public async Task<UserInfo> GetAsync(string? accessToken, CancellationToken cancellationToken)
    {
        var claims = await tokens.ValidateAsync(accessToken ?? "");
        if (claims.IsAgency || claims.IsClinic)
        {
            throw new InvalidAccessTokenException("an agency token has no user");
        }
        // A proxy's delegated token is not a sign-in of the principal: userinfo never answers for it.
        if (claims.IsDelegated)
        {
            throw new InvalidAccessTokenException("a delegated token");
        }
        if (!claims.HasScope(PortalScopes.OpenId))
        {
            throw new InvalidAccessTokenException("no openid scope");
        }
        await access.RequireAsync(claims, cancellationToken);
        var account = (await accounts.FindAsync(claims.Subject, cancellationToken))?.Document
            ?? throw new AccountNotFoundException(claims.Subject);
        return new UserInfo(account.Id, claims.HasScope(PortalScopes.Email) ? account.Email : null);
    }
}
