using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Portal.Testing;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// A device-flow login as a standard client does it: start, see authorization_pending, let the real signer answer the
/// link with a software card, poll (moving the host's clock by the interval) until the tokens come.
/// </summary>
public static class CardLogin
{
    public static async Task<TokenResponse> LogInAsync(
        HttpClient client, ManualClock clock, DiscoveryDocumentResponse discovery, string card, string clientId, string scope,
        ClientCredentialStyle style = ClientCredentialStyle.PostBody, string? deviceKind = null,
        Action<DeviceAuthorizationResponse>? started = null)
    {
        var device = await client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = discovery.DeviceAuthorizationEndpoint,
            ClientId = clientId,
            ClientCredentialStyle = style,
            Scope = scope,
            Parameters = deviceKind is null ? [] : new Parameters { { "device_kind", deviceKind } },
        });
        Assert.False(device.IsError, device.Error);
        started?.Invoke(device);
        Assert.Matches("^[A-Z]{4}-[A-Z]{4}$", device.UserCode);
        Assert.EndsWith("/device", device.VerificationUri);
        var token = new DeviceTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = clientId,
            ClientCredentialStyle = style,
            DeviceCode = device.DeviceCode!,
        };
        var pending = await client.RequestDeviceTokenAsync(token);
        Assert.Equal(OidcConstants.TokenErrors.AuthorizationPending, pending.Error);

        // The code this client shows is typed into the signer; no link carries it.
        Assert.Null(device.VerificationUriComplete);
        await RealSigner.AnswerAsync(client, ["login", device.Json!.Value.GetProperty("card_request_uri").GetString()!, "--card", card],
            $"{device.UserCode}\n{IdentityPki.AuthPin}\n");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            clock.Advance(TimeSpan.FromSeconds(device.Interval));
            var response = await client.RequestDeviceTokenAsync(token);
            if (response.Error == OidcConstants.TokenErrors.AuthorizationPending)
            {
                continue;
            }
            Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
            Assert.Equal("no-store", response.HttpResponse!.Headers.CacheControl?.ToString());
            return response;
        }
        throw new TimeoutException("No tokens after 5 polls.");
    }

    public static async Task<DiscoveryDocumentResponse> DiscoverAsync(HttpClient client, string issuer)
    {
        var discovery = await client.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = issuer,
            Policy = { RequireHttps = false },
        });
        Assert.False(discovery.IsError, discovery.Error);
        return discovery;
    }
}
