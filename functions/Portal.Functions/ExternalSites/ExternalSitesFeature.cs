using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.ExternalSites;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// 外部サイト連携: external sites as FAPI 2.0 clients of the portal's OpenID provider: the pushed authorization request
/// endpoint, the authorization page (card login, consent, the code back to the site), the authorization_code grant at
/// the token endpoint (<see cref="SiteTokenExchange"/>), and the external API that site tokens open.
/// </summary>
public static class ExternalSitesFeature
{
    public static IServiceCollection AddExternalSitesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<AuthorizationCookie>();
        services.TryAddSingleton<ConsentLabels>();
        return services
            .AddExternalSites(configuration)
            .AddSingleton<PushedAuthorizationProof>()
            .AddSingleton<SiteTokenExchange>()
            .AddSingleton<SiteAuthenticator>()
            .AddProblems(ExternalSitesProblems.Register)
            .AddCallers(callers => callers
                // The client authenticates in the function (private_key_jwt), as at the token endpoint.
                .Allow("PushAuthorizationRequest", Callers.OAuthClient)
                // A browser: the pushed request_uri, then the cookie and the form token, are what the page trusts.
                .Allow("StartSiteAuthorization", Callers.Anyone)
                .Allow("ShowSiteAuthorization", Callers.Anyone)
                .Allow("StartSiteAuthorizationCardLogin", Callers.Anyone)
                .Allow("DecideSiteAuthorization", Callers.Anyone)
                // The scope is per category (information:<category>): the service checks the one asked for.
                .Allow("GetExternalInformation", new CallerRule(CallerKind.ExternalSite, [])));
    }
}
