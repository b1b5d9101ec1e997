using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Portal.Contracts.Accounts;
using Portal.Testing;
using Signer.Cli;
using Signer.Cli.Console;

namespace Portal.LocalHost.Tests.Identity;

/// <summary>
/// The device authorization grant end to end: a standard OAuth client library (Duende.IdentityModel) discovers the
/// portal, starts a device authorization, the real signer completes the card request link with a software card, the
/// client polls for tokens and calls the API with them. The host's clock is moved by the polling interval, so the
/// test does not wait.
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
            ["Identity:Clients:0:ClientId"] = ClientId,
            ["Identity:Clients:0:Name"] = "マイナポータル チャットボット",
            ["Identity:Clients:0:AllowedGrantTypes:0"] = OidcConstants.GrantTypes.DeviceCode,
            ["Identity:Clients:0:AllowedScopes:0"] = "openid",
            ["Identity:Clients:0:AllowedScopes:1"] = "portal",
        });
        _client = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
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

    [Fact]
    public async Task AStandardClientLogsInWithTheCardThroughTheDeviceFlowAndTheSameCardIsTheSameAccount()
    {
        var discovery = await _client.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = Issuer,
            Policy = { RequireHttps = false },
        });
        Assert.False(discovery.IsError, discovery.Error);
        Assert.Equal($"{Issuer}/oauth/device_authorization", discovery.DeviceAuthorizationEndpoint);
        Assert.Equal([OidcConstants.GrantTypes.DeviceCode], discovery.GrantTypesSupported);
        Assert.NotEmpty(discovery.KeySet!.Keys);
        var card = pki.Issue();

        var first = await LogInAsync(discovery, card, ClientCredentialStyle.PostBody);
        var me = await GetMeAsync(first.AccessToken!);
        var again = await LogInAsync(discovery, card, ClientCredentialStyle.AuthorizationHeader);

        Assert.StartsWith("acc-", me.Id);
        Assert.Equal("pending", me.State);
        Assert.Equal(me.Id, (await GetMeAsync(again.AccessToken!)).Id);
        Assert.Equal("Bearer", first.TokenType);
        Assert.Equal("openid portal", first.Scope);
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
    public async Task MeWithoutATokenIsAnUnauthorizedProblem()
    {
        var response = await _client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://portal.example/problems/unauthorized", problem.GetProperty("type").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    /// <summary>Starts, sees authorization_pending, lets the real signer answer the link, polls until the tokens come.</summary>
    private async Task<TokenResponse> LogInAsync(DiscoveryDocumentResponse discovery, string card, ClientCredentialStyle style)
    {
        var device = await _client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = discovery.DeviceAuthorizationEndpoint,
            ClientId = ClientId,
            ClientCredentialStyle = style,
            Scope = "openid portal",
        });
        Assert.False(device.IsError, device.Error);
        Assert.Matches("^[A-Z]{4}-[A-Z]{4}$", device.UserCode);
        Assert.Equal($"{Issuer}/device", device.VerificationUri);
        var token = new DeviceTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = ClientId,
            ClientCredentialStyle = style,
            DeviceCode = device.DeviceCode!,
        };
        var pending = await _client.RequestDeviceTokenAsync(token);
        Assert.Equal(OidcConstants.TokenErrors.AuthorizationPending, pending.Error);

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SignerApp.RunAsync(["login", device.VerificationUriComplete!, "--card", card],
            new SignerConsole(new StringReader($"{IdentityPki.AuthPin}\n"), output, error, interactive: false), _client, CancellationToken.None);
        Assert.True(code == 0, $"exit {code}: {error}");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            _clock.Advance(TimeSpan.FromSeconds(device.Interval));
            var response = await _client.RequestDeviceTokenAsync(token);
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

    private async Task<MeResponse> GetMeAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MeResponse>())!;
    }
}
