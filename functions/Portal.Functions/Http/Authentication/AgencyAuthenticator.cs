using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Identity;

namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Resolves the calling agency of an agency endpoint from its bearer token: only an agency's client-credentials token
/// (bound to its body) is accepted, never a resident's, with the scope the operation declared for agencies
/// (<see cref="OperationCallers"/>). Every agency function calls this first.
/// </summary>
public sealed class AgencyAuthenticator(AccessTokenService tokens, IOptions<OperationCallers> callers)
{
    /// <exception cref="InvalidAccessTokenException">No valid agency token (answered 401).</exception>
    /// <exception cref="InsufficientScopeException">A valid one without the declared scope (answered 403).</exception>
    /// <exception cref="UndeclaredCallerException">The operation does not declare agencies: a bug, answered 500.</exception>
    public async Task<AgencyContext> AuthenticateAsync(HttpRequest request)
    {
        var operation = OperationName.Of(request.HttpContext);
        var rule = callers.Value.Rule(operation, CallerKind.Agency) ?? throw new UndeclaredCallerException(operation, CallerKind.Agency);
        var token = OAuthRequestReader.BearerTokenOf(request) ?? throw new InvalidAccessTokenException("no bearer token");
        var claims = await tokens.ValidateAsync(token);
        if (claims is not { IsAgency: true, IsClinic: false, Agency: { } binding })
        {
            throw new InvalidAccessTokenException("not an agency token");
        }
        if (rule.Scopes.Count > 0 && !rule.Scopes.Any(claims.HasScope))
        {
            throw new InsufficientScopeException(rule.Scopes);
        }
        return new AgencyContext(claims.ClientId, binding, claims.Scopes);
    }
}
