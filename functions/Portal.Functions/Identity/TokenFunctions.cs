using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.ExternalSites;

namespace Portal.Functions.Identity;

/// <summary>
/// The token endpoint (RFC 6749 §3.2): authenticates the client (id only for public clients, private_key_jwt for
/// confidential clients and agencies), then one grant: device_code (RFC 8628 §3.4), refresh_token (§6), client_credentials (§4.4),
/// token exchange (RFC 8693, a 代理人 acting for a principal: <see cref="TokenExchangeGrant"/>);
/// or a site's authorization_code (§4.1.3, with DPoP: <see cref="SiteTokenExchange"/>), the only grant a site may use.
/// </summary>
public sealed class TokenFunctions(
    OAuthClientAuthentication clients, DeviceAuthorizationService devices, ResidentTokenIssuer residents,
    ClientCredentialsGrant agencies, SiteTokenExchange sites, TokenExchangeGrant proxies, OAuthRequestReader reader)
{
    [Function("RequestToken")]
    public async Task<IResult> RequestToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/token")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await reader.ReadFormAsync(request, cancellationToken);
            var grantType = OAuthRequestReader.Single(form, "grant_type")
                ?? throw new OAuthErrorException(OAuthErrors.InvalidRequest, "grant_type is required.");
            if (grantType == GrantTypes.AuthorizationCode)
            {
                return await sites.ExchangeAsync(request, form, cancellationToken);
            }
            if (grantType is not (GrantTypes.DeviceCode or GrantTypes.RefreshToken or GrantTypes.ClientCredentials or GrantTypes.TokenExchange))
            {
                throw new OAuthErrorException(OAuthErrors.UnsupportedGrantType, $"{grantType} is not supported.");
            }
            var client = await clients.AuthenticateAsync(request, form, cancellationToken);
            if (client.IsSite)
            {
                throw new OAuthErrorException(OAuthErrors.UnauthorizedClient, "a site may use the authorization_code grant only.");
            }
            if (grantType == GrantTypes.TokenExchange)
            {
                return OAuthResponses.Exchanged(request, await proxies.ExchangeAsync(client, ExchangeRequestOf(form), cancellationToken));
            }
            var tokens = grantType switch
            {
                GrantTypes.DeviceCode => await devices.PollAsync(client, OAuthRequestReader.Single(form, "device_code"), cancellationToken),
                GrantTypes.RefreshToken => await residents.RefreshAsync(client,
                    OAuthRequestReader.Single(form, "refresh_token"), OAuthRequestReader.Single(form, "scope"), cancellationToken),
                _ => await agencies.IssueAsync(client, OAuthRequestReader.Single(form, "scope")),
            };
            return OAuthResponses.Tokens(request, tokens);
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }

    private static TokenExchangeRequest ExchangeRequestOf(IFormCollection form) => new(
        OAuthRequestReader.Single(form, "subject_token"), OAuthRequestReader.Single(form, "subject_token_type"),
        OAuthRequestReader.Single(form, "actor_token"), OAuthRequestReader.Single(form, "actor_token_type"),
        OAuthRequestReader.Single(form, "scope"), OAuthRequestReader.Single(form, "requested_token_type"));
}
