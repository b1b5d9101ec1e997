using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Proxies.Acting;

/// <summary>
/// 代理人として操作する: the delegation token for a proxy (its own endpoint), the token exchange (a grant of the token
/// endpoint) and the per-request delegation check (the resident authenticator's). Getting a delegation token is never
/// delegable: only the proxy themself, with <c>portal</c>.
/// </summary>
public static class ActingFeature
{
    public static IServiceCollection AddActingFeature(this IServiceCollection services) => services
        .AddActing()
        .AddProblems(ActingProblems.Register)
        .AddCallers(callers => callers
            .Allow("IssueDelegationToken", Callers.Resident()))
        .AddRouteValues(values => values
            .For("IssueDelegationToken", ("delegationId", ActingIdentifiers.Delegation)));
}
