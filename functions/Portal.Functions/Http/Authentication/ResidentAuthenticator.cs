using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;

namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Resolves the (actor, principal) of a resident endpoint from its bearer access token, with the scopes the operation
/// declared for residents (<see cref="OperationCallers"/>). Every resident function calls this first, so an endpoint
/// without authentication is a visible, deliberate choice (as health and discovery are). Most resident operations
/// need <c>portal</c>; a pending account's token carries only <c>registration</c>, which GET /api/me and the
/// registration endpoints declare. Then the one per-request check (<see cref="ResidentAccessCheck"/>): the token's
/// login must still be active, so an ended login or a deleted account stops within 30 s, not when the token expires.
/// A delegated token (token exchange: <c>act</c> names the proxy, <c>sub</c> the principal) carries delegated services
/// in place of <c>portal</c>, reaches only operations that declare one of them, and its delegation is checked on every
/// request too (<see cref="DelegationAccessCheck"/>).
/// </summary>
public sealed class ResidentAuthenticator(
    AccessTokenService tokens, ResidentAccessCheck access, DelegationAccessCheck delegations, IOptions<OperationCallers> callers)
{
    /// <exception cref="InvalidAccessTokenException">No bearer token, one that does not validate, or one whose login has
    /// ended (answered 401).</exception>
    /// <exception cref="DelegationEndedException">A delegated token whose delegation is no longer in effect (401).</exception>
    /// <exception cref="NotAResidentTokenException">A valid token whose subject is not an account (an agency's): 403.</exception>
    /// <exception cref="InsufficientScopeException">None of the declared scopes (a pending account's token): 403.</exception>
    /// <exception cref="NotDelegatedException">A delegated token on an operation it was not delegated, or never delegable: 403.</exception>
    /// <exception cref="UndeclaredCallerException">The operation does not declare residents: a bug, answered 500.</exception>
    public async Task<ResidentContext> AuthenticateAsync(HttpRequest request)
    {
        var operation = OperationName.Of(request.HttpContext);
        var rule = callers.Value.Rule(operation, CallerKind.Resident) ?? throw new UndeclaredCallerException(operation, CallerKind.Resident);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidAccessTokenException("no bearer token");
        }
        var claims = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        // An agency's token names its client, never an account; both checks, so neither alone is load-bearing.
        if (claims.IsAgency || claims.IsClinic || !AccountService.IsAccountId(claims.Subject) || (claims.IsDelegated && !AccountService.IsAccountId(claims.Actor)))
        {
            throw new NotAResidentTokenException();
        }
        // Before the scopes: an ended login is "sign in again" (401), whatever it may do.
        await access.RequireAsync(claims, request.HttpContext.RequestAborted);
        if (claims.IsDelegated)
        {
            return await ProxyAsync(claims, rule, operation, request.HttpContext.RequestAborted);
        }
        // The resident themself: delegated services' scopes are a proxy's, never counted for anyone else.
        var own = rule.Scopes.Where(s => !DelegatedServices.IsKnown(s)).ToList();
        if (!claims.Scopes.Any(own.Contains))
        {
            throw new InsufficientScopeException(own);
        }
        return ResidentContext.Self(claims.Subject, claims.ClientId) with { SessionId = claims.SessionId };
    }

    /// <summary>
    /// A proxy for the principal: the operation must declare a delegated service (a second line of defence: even a
    /// delegated token somehow carrying <c>portal</c> reaches no never-delegable operation), the token and the
    /// delegation both must name it, and the delegation must be in effect now.
    /// </summary>
    private async Task<ResidentContext> ProxyAsync(AccessTokenClaims claims, CallerRule rule, string? operation, CancellationToken cancellationToken)
    {
        var delegation = await delegations.RequireAsync(claims, cancellationToken);
        var delegable = rule.Scopes.Where(DelegatedServices.IsKnown).ToList();
        if (delegable.Count == 0)
        {
            throw new NotDelegatedException($"operation {operation}");
        }
        if (!delegable.Any(s => claims.HasScope(s) && delegation.Allows(s)))
        {
            throw new NotDelegatedException($"service {string.Join('|', delegable)}");
        }
        return new ResidentContext(claims.Actor!, claims.Subject, claims.ClientId)
        {
            SessionId = claims.SessionId,
            DelegationId = delegation.Id,
            InformationCategories = delegation.Allows(DelegatedServices.Information) ? delegation.InformationCategories : [],
        };
    }
}
