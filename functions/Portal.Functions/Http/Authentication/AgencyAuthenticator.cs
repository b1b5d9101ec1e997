using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Identity;

namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Resolves the calling agency of an agency endpoint from its bearer token: only an agency's client-credentials token
/// (bound to its body) is accepted, never a resident's. Every agency function calls this first.
/// </summary>
public sealed class AgencyAuthenticator(AccessTokenService tokens)
{
    /// <param name="requiredScope">The scope the endpoint needs, e.g. agency.procedures; none for reading itself.</param>
    /// <exception cref="InvalidAccessTokenException">No valid agency token (answered 401).</exception>
    /// <exception cref="InsufficientScopeException">A valid one without <paramref name="requiredScope"/> (answered 403).</exception>
    public async Task<AgencyContext> AuthenticateAsync(HttpRequest request, string? requiredScope = null)
    {
        var token = OAuthRequestReader.BearerTokenOf(request) ?? throw new InvalidAccessTokenException("no bearer token");
        var claims = await tokens.ValidateAsync(token);
        if (claims is not { IsAgency: true, Agency: { } binding })
        {
            throw new InvalidAccessTokenException("not an agency token");
        }
        if (requiredScope is not null && !claims.HasScope(requiredScope))
        {
            throw new InsufficientScopeException([requiredScope]);
        }
        return new AgencyContext(claims.ClientId, binding, claims.Scopes);
    }
}
