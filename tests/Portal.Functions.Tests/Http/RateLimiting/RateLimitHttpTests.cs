using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Duende.IdentityModel;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.CardRequests;
using Portal.Functions.Tests.Identity;
using Portal.Testing;

namespace Portal.Functions.Tests.Http.RateLimiting;

/// <summary>
/// The rate limits through the local host, with low limits configured. Clients are told apart by X-Forwarded-For
/// (trusted here, as behind Azure Front Door): the test server has no remote address of its own.
/// </summary>
public sealed class RateLimitHttpTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string ClientId = "chatbot";
    private const string BotId = "confidential-bot";
    private const int StartLimit = 2;
    private static readonly TimeSpan StartWindow = TimeSpan.FromSeconds(4);

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly AgencyKey _botKey = AgencyKey.Ec();
    private IdentityHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = "http://localhost/api",
            ["RateLimits:TrustForwardedFor"] = "true",
            ["RateLimits:StartDeviceAuthorization:PermitLimit"] = StartLimit.ToString(),
            ["RateLimits:StartDeviceAuthorization:Window"] = StartWindow.ToString(),
            ["RateLimits:StartDeviceAuthorization:EndUserPermitLimit"] = StartLimit.ToString(),
            ["RateLimits:StartDeviceAuthorization:ClientPermitLimit"] = "100",
            ["RateLimits:CompleteCardRequest:PermitLimit"] = "100",
            ["RateLimits:CompleteCardRequest:RouteValuePermitLimit"] = "2",
            ["RateLimits:CompleteCardRequest:Window"] = "00:05:00",
        });
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot(ClientId),
            OAuthTestClients.ConfidentialChatbot(BotId, _botKey.Registered(_clock.GetUtcNow())));
        _client = _host.Factory.CreateClient();
        // Warm up (container creation, first-call JIT) from an address of its own, so the windows below are not spent waiting.
        Assert.Equal(HttpStatusCode.OK, (await StartAsync("192.0.2.250")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _botKey.Dispose();
    }

    [Fact]
    public async Task AConfidentialClientIsLimitedPerEndUserNotByTheAddressAllItsResidentsShare()
    {
        for (var i = 0; i < StartLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await StartAsBotAsync("192.0.2.10", "resident-a")).StatusCode);
        }

        var refused = await StartAsBotAsync("192.0.2.10", "resident-a");
        var another = await StartAsBotAsync("192.0.2.10", "resident-b");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, another.StatusCode);
        Assert.DoesNotContain(_host.Root.Logs.Entries, e => e.Message.Contains("resident-a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublicClientNamingEndUsersIsStillLimitedByItsAddress()
    {
        for (var i = 0; i < StartLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await StartAsync("192.0.2.20", $"someone-{i}")).StatusCode);
        }

        var refused = await StartAsync("192.0.2.20", "someone-else");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
    }

    [Fact]
    public async Task FailedClientAuthenticationsNamingAnEndUserAreCountedByAddress()
    {
        for (var i = 0; i < StartLimit; i++)
        {
            await StartAsBotAsync("192.0.2.30", $"someone-{i}", signedBy: BotId + "-unknown");
        }

        var refused = await StartAsBotAsync("192.0.2.30", "someone-else", signedBy: BotId + "-unknown");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
    }

    [Fact]
    public async Task TheDeviceAuthorizationAfterTheLimitIs429WithRetryAfterAndCreatesNothing()
    {
        for (var i = 0; i < StartLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await StartAsync("203.0.113.7")).StatusCode);
        }
        var before = await StoredDocuments.CountCardRequestsContainerAsync(_host.Services);

        var refused = await StartAsync("203.0.113.7");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://portal.example/problems/rate-limited", problem.GetProperty("type").GetString());
        Assert.InRange(RetryAfterSeconds(refused), 1, (int)StartWindow.TotalSeconds);
        Assert.Equal(before, await StoredDocuments.CountCardRequestsContainerAsync(_host.Services));
        Assert.DoesNotContain(_host.Root.Logs.Entries, e => e.Message.Contains("203.0.113.7", StringComparison.Ordinal));
        Assert.Contains(_host.Root.Logs.Entries, e => e.Message.Contains("StartDeviceAuthorization", StringComparison.Ordinal)
            && e.Category.EndsWith("EdgeRateLimiter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherClientAddressIsUnaffected()
    {
        for (var i = 0; i <= StartLimit; i++)
        {
            await StartAsync("203.0.113.7");
        }

        Assert.Equal(HttpStatusCode.OK, (await StartAsync("203.0.113.8")).StatusCode);
    }

    [Fact]
    public async Task AfterRetryAfterTheSameClientMayStartAgain()
    {
        for (var i = 0; i < StartLimit; i++)
        {
            await StartAsync("203.0.113.9");
        }
        var refused = await StartAsync("203.0.113.9");
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(RetryAfterSeconds(refused)));

        // The limiter replenishes on its own timer, which a loaded machine can delay: poll briefly past Retry-After.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        HttpResponseMessage again;
        while ((again = await StartAsync("203.0.113.9")).StatusCode == (HttpStatusCode)429 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AnAnswerFloodIsLimitedPerCardRequestWhoeverSendsIt()
    {
        var cardRequests = _host.Services.GetRequiredService<CardRequestService>();
        var flooded = await cardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", new RequestingClient("chatbot")), CancellationToken.None);
        var other = await cardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", new RequestingClient("chatbot")), CancellationToken.None);

        // Unreadable JSON: refused by the body reader, so the request itself stays answerable throughout.
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(flooded.Id, "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(flooded.Id, "198.51.100.2")).StatusCode);
        var refused = await AnswerAsync(flooded.Id, "198.51.100.3");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(other.Id, "198.51.100.3")).StatusCode);
    }

    private Task<HttpResponseMessage> StartAsync(string address, string? endUser = null) =>
        SendStartAsync(address, endUser, new Dictionary<string, string> { ["client_id"] = ClientId });

    private Task<HttpResponseMessage> StartAsBotAsync(string address, string endUser, string signedBy = BotId) =>
        SendStartAsync(address, endUser, new Dictionary<string, string>
        {
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = _botKey.Assertion(signedBy, "http://localhost/api", _clock.GetUtcNow()),
        });

    private Task<HttpResponseMessage> SendStartAsync(string address, string? endUser, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/device_authorization") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Forwarded-For", address);
        if (endUser is not null)
        {
            request.Headers.Add(Portal.Contracts.Identity.EndUserHeader.Name, endUser);
        }
        return _client.SendAsync(request);
    }

    private Task<HttpResponseMessage> AnswerAsync(string id, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/card-requests/{id}")
        {
            Content = new StringContent("{\"signature\":", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return _client.SendAsync(request);
    }

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
