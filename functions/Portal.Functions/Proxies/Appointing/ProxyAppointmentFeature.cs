using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Proxies.Appointing;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Proxies.Appointing;

/// <summary>
/// 代理人の設定: appointing (both ways, the other person's card accepting), the lists, cancelling and resigning.
/// The resident's own <c>portal</c> token only: proxies are never delegable, so a proxy can never appoint for someone.
/// </summary>
public static class ProxyAppointmentFeature
{
    public static IServiceCollection AddProxyAppointmentFeature(this IServiceCollection services)
    {
        var own = Callers.Resident(PortalScopes.Portal);
        var id = ("id", DelegationIdentifiers.Delegation);
        return services
            .AddProxyAppointing()
            .AddProblems(ProxyAppointmentProblems.Register)
            .AddCallers(callers => callers
                .Allow("AppointProxy", own)
                .Allow("RequestPrincipal", own)
                .Allow("ListProxies", own)
                .Allow("ListPrincipals", own)
                .Allow("GetProxy", own)
                .Allow("GetPrincipal", own)
                .Allow("RevokeProxy", own)
                .Allow("ResignProxy", own))
            .AddRouteValues(values => values
                .For("GetProxy", id)
                .For("GetPrincipal", id)
                .For("RevokeProxy", id)
                .For("ResignProxy", id));
    }
}
