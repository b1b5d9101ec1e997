using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents;

namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Resolves the (actor, principal) of a resident endpoint from its bearer access token. Every resident function calls
/// this first, so an endpoint without authentication is a visible, deliberate choice (as health and discovery are).
/// </summary>
public sealed class ResidentAuthenticator(AccessTokenService tokens)
{
    /// <exception cref="InvalidAccessTokenException">No bearer token, or one that does not validate (answered 401).</exception>
    public async Task<ResidentContext> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidAccessTokenException("no bearer token");
        }
        var claims = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        return ResidentContext.Self(claims.Subject, claims.ClientId);
    }
}
