using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Identity;

/// <summary>Card login as an OAuth 2.0 / OpenID provider: discovery, keys, the device flow, tokens, card requests.</summary>
public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddCertificates(configuration)
        .AddCardRequests(configuration)
        .AddIdentity(configuration)
        .AddSingleton<OAuthRequestReader>()
        .AddSingleton<OAuthClientAuthentication>()
        .AddProblems(IdentityProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetOpenIdConfiguration", Callers.Anyone)
            .Allow("GetJsonWebKeySet", Callers.Anyone)
            .Allow("ShowDevicePage", Callers.Anyone)
            .Allow("SubmitDeviceCode", Callers.Anyone)
            .Allow("StartDeviceAuthorization", Callers.OAuthClient)
            .Allow("RequestToken", Callers.OAuthClient)
            .Allow("RevokeToken", Callers.OAuthClient)
            // UserInfoService checks the token itself (OIDC Core §5.3: a 401 with WWW-Authenticate, never a 403).
            .Allow("GetUserInfo", Callers.Resident(PortalScopes.OpenId))
            .Allow("GetCardRequest", Callers.Signer)
            .Allow("ConfirmCardRequestCode", Callers.Signer)
            .Allow("CompleteCardRequest", Callers.Signer))
        .AddRouteValues(values => values
            .For("GetCardRequest", ("id", CardRequestIdentifiers.CardRequest))
            .For("ConfirmCardRequestCode", ("id", CardRequestIdentifiers.CardRequest))
            .For("CompleteCardRequest", ("id", CardRequestIdentifiers.CardRequest)));
}
