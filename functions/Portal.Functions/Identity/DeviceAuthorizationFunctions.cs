using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Identity;

/// <summary>The device authorization endpoint (RFC 8628 §3.1–3.2), for public and confidential clients (§5.6).</summary>
public sealed class DeviceAuthorizationFunctions(
    DeviceAuthorizationService devices, OAuthClientAuthentication clients, OAuthRequestReader reader, IOptions<TokenOptions> tokenOptions)
{
    [Function("StartDeviceAuthorization")]
    public async Task<IResult> StartDeviceAuthorization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/device_authorization")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await reader.ReadFormAsync(request, cancellationToken);
            var client = await clients.AuthenticateAsync(request, form, cancellationToken);
            var started = await devices.StartAsync(client, OAuthRequestReader.Single(form, "scope"), OAuthRequestReader.Single(form, "device_kind"), cancellationToken);
            OAuthResponses.NoStore(request);
            var issuer = tokenOptions.Value.IssuerName;
            return TypedResults.Json(new JsonObject
            {
                ["device_code"] = started.DeviceCode,
                ["user_code"] = started.UserCode,
                ["verification_uri"] = $"{issuer}/device",
                // No verification_uri_complete (optional in RFC 8628): a link that carries the code can be forwarded
                // to a victim whole. The signer link below is useless without the code shown on the asking screen.
                ["card_request_uri"] = CardRequestLink.For(tokenOptions.Value.Issuer, started.CardRequestId),
                ["expires_in"] = (int)started.ExpiresIn.TotalSeconds,
                ["interval"] = (int)started.Interval.TotalSeconds,
            });
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }
}
