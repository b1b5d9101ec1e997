using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// 外部サイト連携: external sites as FAPI 2.0 clients of the portal's OpenID provider: the pushed authorization request
/// endpoint, the authorization_code grant at the token endpoint (<see cref="SiteTokenExchange"/>), and the external
/// API that site tokens open.
/// </summary>
public static class ExternalSitesFeature
{
    public static IServiceCollection AddExternalSitesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddExternalSites(configuration)
        .AddSingleton<SiteTokenExchange>()
        .AddSingleton<SiteAuthenticator>()
        .AddProblems(ExternalSitesProblems.Register)
        .AddCallers(callers => callers
            // The client authenticates in the function (private_key_jwt), as at the token endpoint.
            .Allow("PushAuthorizationRequest", Callers.OAuthClient)
            // The scope is per category (information:<category>): the service checks the one asked for.
            .Allow("GetExternalInformation", new CallerRule(CallerKind.ExternalSite, [])));
}
