using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// 外部サイト連携: external sites as FAPI 2.0 clients of the portal's OpenID provider. So far the pushed authorization
/// request endpoint; the authorization page, the code grant and the external API build on it.
/// </summary>
public static class ExternalSitesFeature
{
    public static IServiceCollection AddExternalSitesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddExternalSites(configuration)
        .AddCallers(callers => callers
            // The client authenticates in the function (private_key_jwt), as at the token endpoint.
            .Allow("PushAuthorizationRequest", Callers.OAuthClient));
}
