using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// One thing a resident's access token stands for that can end before the token expires: the login
/// (<see cref="SessionStateCheck"/>; for a proxy's delegated token, the proxy's login). Each is a point read;
/// <see cref="ResidentAccessCheck"/> runs them all and caches the verdict. The delegation a proxy acts under is checked
/// next to it (<c>DelegationAccessCheck</c>), which also gives the authenticator the delegation's services and categories.
/// </summary>
public interface IAccessStateCheck
{
    /// <returns>Null while it stands; otherwise why not, in a few English words for the log (never personal data).</returns>
    Task<string?> RefusalAsync(AccessTokenClaims claims, CancellationToken cancellationToken);
}
