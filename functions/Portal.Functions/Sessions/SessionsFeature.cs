using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Sessions;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Sessions;

/// <summary>
/// ログイン中の端末: list and end the account's logins. The sessions themselves are the identity feature's (every
/// login starts one, every resident request checks one), so this adds only the HTTP side.
/// </summary>
public static class SessionsFeature
{
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services)
    {
        // A pending account may see and end its logins too: someone whose card was used may not have registered.
        var pendingOrRegistered = Callers.Resident(PortalScopes.Registration, PortalScopes.Portal);
        return services
            .AddProblems(SessionProblems.Register)
            .AddCallers(callers => callers
                .Allow("ListSessions", pendingOrRegistered)
                .Allow("EndSession", pendingOrRegistered)
                .Allow("EndAllSessions", pendingOrRegistered))
            .AddRouteValues(values => values.For("EndSession", ("id", SessionIdentifiers.Session)));
    }
}
