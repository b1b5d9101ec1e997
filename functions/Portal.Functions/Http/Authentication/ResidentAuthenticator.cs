using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents;

namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Resolves the (actor, principal) of a resident endpoint from its bearer access token. Every resident function calls
/// this first, so an endpoint without authentication is a visible, deliberate choice (as health and discovery are).
/// A resident endpoint needs <c>portal</c> unless it says otherwise: a pending account's token carries only
/// <c>registration</c>, which opens GET /api/me and the registration endpoints and nothing else.
/// </summary>
public sealed class ResidentAuthenticator(AccessTokenService tokens)
{
    /// <summary>What GET /api/me and the registration endpoints accept.</summary>
    public static readonly IReadOnlyList<string> RegistrationOrPortal = [PortalScopes.Registration, PortalScopes.Portal];

    private static readonly IReadOnlyList<string> PortalOnly = [PortalScopes.Portal];

    /// <summary>A resident endpoint of the portal API: the token must carry <c>portal</c>.</summary>
    /// <exception cref="InvalidAccessTokenException">No bearer token, or one that does not validate (answered 401).</exception>
    /// <exception cref="NotAResidentTokenException">A valid token whose subject is not an account (an agency's): 403.</exception>
    /// <exception cref="InsufficientScopeException">No <c>portal</c> scope (a pending account's token): 403.</exception>
    public Task<ResidentContext> AuthenticateAsync(HttpRequest request) => AuthenticateAsync(request, PortalOnly);

    /// <param name="acceptedScopes">The token must carry at least one of these.</param>
    public async Task<ResidentContext> AuthenticateAsync(HttpRequest request, IReadOnlyList<string> acceptedScopes)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidAccessTokenException("no bearer token");
        }
        var claims = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        // An agency's token names its client, never an account; both checks, so neither alone is load-bearing.
        if (claims.IsAgency || !AccountService.IsAccountId(claims.Subject))
        {
            throw new NotAResidentTokenException();
        }
        if (!claims.Scopes.Any(acceptedScopes.Contains))
        {
            throw new InsufficientScopeException(acceptedScopes);
        }
        return ResidentContext.Self(claims.Subject, claims.ClientId);
    }
}
