using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts.Identity;
using Portal.Functions.Tests.Http.RateLimiting;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// The chatbot as a confidential client (RFC 8628 §5.6): it starts device authorizations and polls with a fresh
/// private_key_jwt assertion each time; its id alone starts nothing; and every client authentication failure is the
/// same answer, whatever the id or the kind of client.
/// </summary>
public sealed class ConfidentialClientTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string BotId = "chatbot";
    private const string PublicId = "public-app";
    private const string AgencyId = "chiyoda";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly AgencyKey _botKey = AgencyKey.Ec();
    private readonly AgencyKey _agencyKey = AgencyKey.Ec();
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
        var now = _clock.GetUtcNow();
        await OAuthTestClients.SeedAsync(_host.Services,
            OAuthTestClients.ConfidentialChatbot(BotId, _botKey.Registered(now)),
            OAuthTestClients.Chatbot(PublicId),
            new Portal.Domain.Identity.Clients.RegisteredClient
            {
                Id = AgencyId, Name = "千代田区", Kind = Portal.Domain.Identity.Clients.ClientKinds.Agency,
                AllowedGrantTypes = [Portal.Domain.Identity.Clients.GrantTypes.ClientCredentials], AllowedScopes = ["agency.procedures"],
                Agency = new("131016", null), Keys = [_agencyKey.Registered(now)], CreatedAt = now,
            });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
        _botKey.Dispose();
        _agencyKey.Dispose();
    }

    [Fact]
    public async Task TheConfidentialChatbotStartsADeviceAuthorizationAndPollsWithAFreshAssertionEachTime()
    {
        var started = await PostAsync("/api/oauth/device_authorization", Signed(("scope", "openid portal"), ("device_kind", "line")));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var deviceCode = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("device_code").GetString()!;

        var poll = Signed(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode));
        var first = await PostAsync("/api/oauth/token", poll);
        _clock.Advance(TimeSpan.FromSeconds(6));
        var replayed = await PostAsync("/api/oauth/token", poll);
        var fresh = await PostAsync("/api/oauth/token",
            Signed(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode)));

        Assert.Equal("authorization_pending", await ErrorOf(first));
        Assert.Equal("invalid_client", await ErrorOf(replayed));
        Assert.Equal("authorization_pending", await ErrorOf(fresh));
    }

    [Fact]
    public async Task TheConfidentialChatbotsIdAloneStartsNothing()
    {
        var before = await StoredDocuments.CountCardRequestsContainerAsync(_host.Services);

        var response = await PostAsync("/api/oauth/device_authorization", [("client_id", BotId), ("scope", "openid portal")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorOf(response));
        Assert.Equal(before, await StoredDocuments.CountCardRequestsContainerAsync(_host.Services));
    }

    [Fact]
    public async Task InvalidClientNeverTellsWhetherTheIdExistsNorWhatKindOfClientItIs()
    {
        var now = _clock.GetUtcNow();
        using var stranger = AgencyKey.Ec();
        (string, string)[][] attempts =
        [
            [("client_id", "nobody")],
            [("client_id", BotId)],
            [("client_id", AgencyId)],
            Assertion(stranger.Assertion("nobody", Issuer, now)),
            Assertion(_botKey.Assertion(PublicId, Issuer, now)),
            Assertion(stranger.Assertion(BotId, Issuer, now)),
            Assertion(stranger.Assertion(AgencyId, Issuer, now)),
            Assertion(_botKey.Assertion(BotId, Issuer + "/oauth/token", now)),
        ];

        var answers = new List<string>();
        foreach (var attempt in attempts)
        {
            var response = await PostAsync("/api/oauth/device_authorization", attempt);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("invalid_client", answers[0], StringComparison.Ordinal);
    }

    private (string, string)[] Signed(params (string, string)[] fields) =>
        [.. fields, .. Assertion(_botKey.Assertion(BotId, Issuer, _clock.GetUtcNow()))];

    private static (string, string)[] Assertion(string assertion) =>
        [("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", assertion)];

    private Task<HttpResponseMessage> PostAsync(string path, (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Add(EndUserHeader.Name, "resident-handle-1");
        return _client.SendAsync(request);
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
}
