using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Portal.Contracts.Accounts;
using Portal.Contracts.CardRequests;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// The device authorization grant end to end: a standard OAuth client library (Duende.IdentityModel) discovers the
/// portal, starts a device authorization, the real signer completes the card request link with a software card, the
/// client polls for tokens and calls the API with them. The host's clock is moved by the polling interval, so the
/// test does not wait. The client is registered in the clients container, as the operator CLI does.
/// </summary>
public sealed class DeviceFlowTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string ClientId = "chatbot";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private IdentityHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = Issuer,
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
        });
        _client = _host.Factory.CreateClient();
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot(ClientId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    /// <summary>The card-request id and the device code are capabilities: logs name them by a hashed reference only.</summary>
    [Fact]
    public async Task TheLogsOfAFullLoginHoldNeitherTheCardRequestIdNorTheDeviceCode()
    {
        DeviceAuthorizationResponse device = null!;
        var discovery = await CardLogin.DiscoverAsync(_client, Issuer);

        await CardLogin.LogInAsync(_client, _clock, discovery, pki.Issue(), ClientId, "openid portal", started: d => device = d);

        var cardRequestId = CardRequestLink.IdOf(new Uri(device.Json!.Value.GetProperty("card_request_uri").GetString()!));
        var logs = _host.Root.Logs;
        Assert.Contains(logs.Entries, e => e.Message.Contains("card request", StringComparison.Ordinal));
        // Every message, exception and scope value: the signer's URL holds the id, and no RequestPath scope may carry it.
        var scopes = string.Join("\n", logs.Entries.SelectMany(e => e.Scope.Values).Select(v => v?.ToString()));
        Assert.DoesNotContain(cardRequestId, logs.All + scopes, StringComparison.Ordinal);
        Assert.DoesNotContain(device.DeviceCode!, logs.All + scopes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedFormIsA413ProblemAndStartsNothing()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["scope"] = new string('x', 20 * 1024),
        });

        var response = await _client.PostAsync("/api/oauth/device_authorization", form);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// A client_id of any other shape than the operator registers names no client and is never read: path-like and
    /// JSON-like ids once reached a point read that fetched a document that was not a client, and answered 500.
    /// </summary>
    [Theory]
    [InlineData("../clients")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("/")]
    [InlineData("x/..")]
    [InlineData("chatbot/")]
    [InlineData("chatbot?x=1")]
    [InlineData("chatbot#x")]
    [InlineData("%2e%2e")]
    [InlineData("grants/x")]
    [InlineData("chatbot/..")]
    [InlineData("{\"id\":\"chatbot\"}")]
    [InlineData("[\"chatbot\"]")]
    [InlineData("chatbot\u0000")]
    [InlineData("\uFFFD\uFFFD")]
    [InlineData(" chatbot")]
    [InlineData("")]
    public async Task AClientIdOfAnotherShapeIsAnInvalidClientOnEveryOAuthEndpoint(string clientId)
    {
        foreach (var (endpoint, grant) in new[]
        {
            ("/api/oauth/device_authorization", (string?)null),
            ("/api/oauth/token", "urn:ietf:params:oauth:grant-type:device_code"),
            ("/api/oauth/token", "client_credentials"),
            ("/api/oauth/revoke", null),
        })
        {
            var form = new Dictionary<string, string> { ["client_id"] = clientId, ["device_code"] = "x", ["token"] = "x" };
            if (grant is not null)
            {
                form["grant_type"] = grant;
            }

            var response = await _client.PostAsync(endpoint, new FormUrlEncodedContent(form));

            var body = await response.Content.ReadAsStringAsync();
            // 400 at the device authorization endpoint, 401 at the token and revocation endpoints, as for an unknown client.
            Assert.True(response.StatusCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Unauthorized,
                $"{endpoint} {grant}: {(int)response.StatusCode} {body}");
            Assert.Equal("invalid_client", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task AStandardClientLogsInWithTheCardThroughTheDeviceFlowAndTheSameCardIsTheSameAccount()
    {
        var discovery = await CardLogin.DiscoverAsync(_client, Issuer);
        Assert.Equal($"{Issuer}/oauth/device_authorization", discovery.DeviceAuthorizationEndpoint);
        // authorization_code is the external sites' grant (with PAR); residents' own clients use the device flow.
        Assert.Equal([OidcConstants.GrantTypes.DeviceCode, OidcConstants.GrantTypes.RefreshToken, OidcConstants.GrantTypes.ClientCredentials,
            OidcConstants.GrantTypes.AuthorizationCode, OidcConstants.GrantTypes.TokenExchange], discovery.GrantTypesSupported);
        Assert.Equal(["none", "private_key_jwt"], discovery.TokenEndpointAuthenticationMethodsSupported);
        Assert.Equal($"{Issuer}/oauth/userinfo", discovery.UserInfoEndpoint);
        Assert.Equal($"{Issuer}/oauth/revoke", discovery.RevocationEndpoint);
        Assert.Equal(["code"], discovery.ResponseTypesSupported);
        Assert.NotEmpty(discovery.KeySet!.Keys);
        var card = pki.Issue();

        var first = await CardLogin.LogInAsync(_client, _clock, discovery, card, ClientId, "openid portal", ClientCredentialStyle.PostBody);
        var me = await GetMeAsync(first.AccessToken!);
        var again = await CardLogin.LogInAsync(_client, _clock, discovery, card, ClientId, "openid portal", ClientCredentialStyle.AuthorizationHeader);

        Assert.StartsWith("acc-", me.Id);
        Assert.Equal("pending", me.State);
        Assert.Equal(me.Id, (await GetMeAsync(again.AccessToken!)).Id);
        Assert.Equal("Bearer", first.TokenType);
        // A pending account (registration not finished) gets "registration" in place of "portal".
        Assert.Equal("openid registration", first.Scope);
        Assert.NotNull(first.RefreshToken);
        Assert.NotNull(first.IdentityToken);
    }

    [Fact]
    public async Task AnUnknownClientIsAnOAuthErrorNotAProblem()
    {
        var response = await _client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = $"{Issuer}/oauth/device_authorization",
            ClientId = "stranger",
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });

        Assert.True(response.IsError);
        Assert.Equal(HttpStatusCode.BadRequest, response.HttpStatusCode);
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, response.Error);
        Assert.Equal("application/json", response.HttpResponse!.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.HttpResponse.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AnUnknownClientTryingHttpBasicIsA401WithAChallenge()
    {
        var response = await _client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = $"{Issuer}/oauth/device_authorization",
            ClientId = "stranger",
            ClientCredentialStyle = ClientCredentialStyle.AuthorizationHeader,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.HttpStatusCode);
        // A 401 is an HTTP error to the library, so the RFC 6749 error is read from the body.
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, response.Json?.GetProperty("error").GetString());
        Assert.Equal("Basic", response.HttpResponse!.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task MeWithoutATokenIsAnUnauthorizedProblem()
    {
        var response = await _client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://portal.example/problems/unauthorized", problem.GetProperty("type").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    private async Task<MeResponse> GetMeAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MeResponse>())!;
    }
}
