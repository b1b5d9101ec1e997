using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Clients;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// Agencies (municipalities, ministries) get tokens with the client credentials grant, authenticating with a
/// private_key_jwt assertion the test signs with its own key; the tokens are bound to the agency's body and only good
/// at agency endpoints.
/// </summary>
public sealed class AgencyTokenTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string TokenEndpoint = Issuer + "/oauth/token";
    private const string AgencyId = "chiyoda";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly AgencyKey _key = new();
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
        await OAuthTestClients.SeedAsync(_host.Services, Agency(AgencyId, _key.Registered(_clock.GetUtcNow())), OAuthTestClients.Chatbot());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
        _key.Dispose();
    }

    [Fact]
    public async Task AnAgencyGetsATokenBoundToItsLocalGovernmentAndSeesItselfAtAgencyMe()
    {
        var response = await RequestAsync(_key.Assertion(AgencyId, Issuer, _clock.GetUtcNow()), scope: "agency.procedures");

        Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
        Assert.Equal("agency.procedures", response.Scope);
        Assert.Null(response.RefreshToken);
        Assert.Null(response.IdentityToken);
        var me = await GetAsync("/api/agency/me", response.AccessToken!);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AgencyId, body.GetProperty("clientId").GetString());
        Assert.Equal("千代田区", body.GetProperty("name").GetString());
        Assert.Equal("131016", body.GetProperty("localGovernmentCode").GetString());
        Assert.Equal(["agency.procedures"], body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task WithoutAScopeTheAgencyGetsAllItsAllowedOnes()
    {
        // Without client_id too: the assertion's iss names the client (RFC 7523 §3).
        var response = await RequestAsync(_key.Assertion(AgencyId, Issuer, _clock.GetUtcNow()), clientId: null);

        Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
        Assert.Equal("agency.procedures agency.applications", response.Scope);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha256, false)]
    [InlineData(SecurityAlgorithms.EcdsaSha256, true)]
    public async Task PssAndEcKeysAreAcceptedToo(string algorithm, bool ec)
    {
        using var key = ec ? AgencyKey.Ec() : new AgencyKey();
        await OAuthTestClients.SeedAsync(_host.Services, Agency("setagaya", key.Registered(_clock.GetUtcNow())));

        var response = await RequestAsync(key.Assertion("setagaya", Issuer, _clock.GetUtcNow(), algorithm: algorithm), clientId: "setagaya");

        Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
    }

    [Fact]
    public async Task AReplayedAssertionIsInvalidClient()
    {
        var assertion = _key.Assertion(AgencyId, Issuer, _clock.GetUtcNow());
        Assert.False((await RequestAsync(assertion)).IsError);

        var replay = await RequestAsync(assertion);

        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, replay.Error);
    }

    public static TheoryData<string, Func<AgencyKey, DateTimeOffset, string>> BadAssertions => new()
    {
        { "wrong audience", (k, now) => k.Assertion(AgencyId, "https://elsewhere.example/token", now) },
        { "the token endpoint as audience (FAPI 2.0: the issuer only)", (k, now) => k.Assertion(AgencyId, TokenEndpoint, now) },
        { "the issuer in an audience array", (k, now) => k.Assertion(AgencyId, Issuer, now, audiences: [Issuer]) },
        { "the issuer among other audiences", (k, now) => k.Assertion(AgencyId, Issuer, now, audiences: [Issuer, "https://elsewhere.example"]) },
        { "no iat", (k, now) => k.Assertion(AgencyId, Issuer, now, withIssuedAt: false) },
        { "iat in the future", (k, now) => k.Assertion(AgencyId, Issuer, now, issuedAtShift: TimeSpan.FromMinutes(2)) },
        { "iat too long ago", (k, now) => k.Assertion(AgencyId, Issuer, now, issuedAtShift: TimeSpan.FromMinutes(-10)) },
        { "expired", (k, now) => k.Assertion(AgencyId, Issuer, now.AddMinutes(-10), TimeSpan.FromMinutes(2)) },
        { "exp too far ahead", (k, now) => k.Assertion(AgencyId, Issuer, now, TimeSpan.FromMinutes(30)) },
        { "no jti", (k, now) => k.Assertion(AgencyId, Issuer, now, jti: null) },
        { "sub is not the client", (k, now) => k.Assertion(AgencyId, Issuer, now, subject: "someone-else") },
        { "iss is another client", (k, now) => k.Assertion(OAuthTestClients.ChatbotId, Issuer, now) },
        { "an unregistered key", (_, now) => new AgencyKey().Assertion(AgencyId, Issuer, now) },
        { "RS384 is not accepted", (k, now) => k.Assertion(AgencyId, Issuer, now, algorithm: SecurityAlgorithms.RsaSha384) },
        { "not a JWT", (_, _) => "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(BadAssertions))]
    public async Task ABadAssertionIsInvalidClient(string why, Func<AgencyKey, DateTimeOffset, string> assertion)
    {
        var response = await RequestAsync(assertion(_key, _clock.GetUtcNow()), clientId: null);

        Assert.True(response.Error == OidcConstants.TokenErrors.InvalidClient, $"{why}: {response.Error} {response.ErrorDescription}");
        Assert.Equal("application/json", response.HttpResponse!.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ARotatedOutKeyIsRefusedAfterItsNotAfterWhileTheNewKeyWorks()
    {
        using var newKey = new AgencyKey();
        var now = _clock.GetUtcNow();
        await OAuthTestClients.SeedAsync(_host.Services,
            Agency("minato", _key.Registered(now.AddDays(-90), notAfter: now.AddHours(1)), newKey.Registered(now)) with { Agency = new AgencyBinding("131032", null) });
        Assert.False((await RequestAsync(_key.Assertion("minato", Issuer, _clock.GetUtcNow()), clientId: "minato")).IsError);

        _clock.Advance(TimeSpan.FromHours(1));

        var old = await RequestAsync(_key.Assertion("minato", Issuer, _clock.GetUtcNow()), clientId: "minato");
        var current = await RequestAsync(newKey.Assertion("minato", Issuer, _clock.GetUtcNow()), clientId: "minato");
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, old.Error);
        Assert.False(current.IsError, $"{current.Error}: {current.ErrorDescription}");
    }

    [Fact]
    public async Task AnAgencyMayNotAskForScopesBeyondItsOwnNorAuthenticateWithoutItsKey()
    {
        var tooMuch = await RequestAsync(_key.Assertion(AgencyId, Issuer, _clock.GetUtcNow()), scope: "portal");
        var noKey = await _client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = TokenEndpoint,
            ClientId = AgencyId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });

        Assert.Equal(OidcConstants.TokenErrors.InvalidScope, tooMuch.Error);
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, noKey.Error);
    }

    [Fact]
    public async Task APublicClientMayNotUseClientCredentials()
    {
        var response = await _client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = TokenEndpoint,
            ClientId = OAuthTestClients.ChatbotId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });

        Assert.Equal(OidcConstants.TokenErrors.UnauthorizedClient, response.Error);
    }

    [Fact]
    public async Task AnAgencyTokenIsRefusedByResidentEndpoints()
    {
        var token = (await RequestAsync(_key.Assertion(AgencyId, Issuer, _clock.GetUtcNow()))).AccessToken!;

        var me = await GetAsync("/api/me", token);
        var userInfo = await GetAsync("/api/oauth/userinfo", token);

        // A valid token of the wrong kind: 403 from the API (it is not a resident), 401 from userinfo (RFC 6750 there).
        Assert.Equal(HttpStatusCode.Forbidden, me.StatusCode);
        Assert.Equal("https://portal.example/problems/forbidden",
            (await me.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, userInfo.StatusCode);
        Assert.Equal("Bearer", userInfo.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task AgencyMeWithoutATokenIsAnUnauthorizedProblem()
    {
        var response = await _client.GetAsync("/api/agency/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static RegisteredClient Agency(string id, params ClientKey[] keys) => new()
    {
        Id = id,
        Name = "千代田区",
        Kind = ClientKinds.Agency,
        AllowedGrantTypes = [GrantTypes.ClientCredentials],
        AllowedScopes = ["agency.procedures", "agency.applications"],
        Agency = new AgencyBinding("131016", null),
        Keys = keys,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private Task<TokenResponse> RequestAsync(string assertion, string? scope = null, string? clientId = AgencyId) =>
        _client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = TokenEndpoint,
            ClientId = clientId!,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            ClientAssertion = new ClientAssertion { Type = OidcConstants.ClientAssertionTypes.JwtBearer, Value = assertion },
            Scope = scope,
        });

    private async Task<HttpResponseMessage> GetAsync(string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await _client.SendAsync(request);
    }
}
