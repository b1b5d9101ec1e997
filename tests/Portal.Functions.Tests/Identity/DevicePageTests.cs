using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// The device page (RFC 8628 §3.3) through the local host: the user code, posted in the form's body, leads to the card
/// request link; the page that shows the link never shows the code, and no URL carries it.
/// </summary>
public sealed class DevicePageTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string ClientId = "chatbot";
    private const string OddClientId = "bot\"><script>alert(1)"; // no "/": Cosmos ids cannot hold one

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private IdentityHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = Issuer,
        });
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot(ClientId), OAuthTestClients.Chatbot(OddClientId));
        _client = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheUserCodeTypedInLowerCaseWithoutTheHyphenShowsWhoAsksFromWhereTheLinkTheCommandAndAQrCodeButNotTheCode()
    {
        var (userCode, link) = await StartAsync(ClientId, deviceKind: "line");
        Assert.StartsWith($"{Issuer}/card-requests/", link);

        var response = await PostCodeAsync(userCode.Replace("-", "").ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(OAuthTestClients.Chatbot(ClientId).Name, html);
        Assert.Contains("開始した端末: LINE のチャット", html);
        Assert.Contains($"href=\"{link}\"", html);
        Assert.Contains($"myna-signer login {link}", html);
        Assert.Contains("<svg", html);
        Assert.Contains("有効期限", html);
        Assert.DoesNotContain(userCode, html);
        Assert.DoesNotContain(userCode.Replace("-", ""), html);
    }

    [Fact]
    public async Task ACodeInTheQueryStringIsIgnoredAndTheFormPostsItInTheBody()
    {
        var (userCode, link) = await StartAsync(ClientId);

        var response = await _client.GetAsync($"/api/device?user_code={userCode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(link, html);
        Assert.Contains("method=\"post\"", html);
    }

    [Fact]
    public async Task ThePageIsStrictHtml()
    {
        var response = await _client.GetAsync("/api/device");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"user_code\"", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public async Task AnUnknownCodeIsAJapanese404Page()
    {
        var response = await PostCodeAsync("BCDF-GHJK");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("見つかりません", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnExpiredCodeIsA410Page()
    {
        var (userCode, _) = await StartAsync(ClientId);
        _clock.Advance(TimeSpan.FromMinutes(6));

        var response = await PostCodeAsync(userCode);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("有効期限", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public async Task XssLookingInputIsEncoded(string typed)
    {
        var response = await PostCodeAsync(typed);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;", html);
    }

    /// <summary>
    /// A client id that could carry markup never reaches the page: even stored (as a direct write could), it is not of
    /// the shape client ids have, so it is never looked up and starts nothing.
    /// </summary>
    [Fact]
    public async Task AStoredClientIdThatCouldCarryMarkupStartsNothing()
    {
        var response = await _client.PostAsync("/api/oauth/device_authorization",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = OddClientId }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task NoCodeIsA400PageWithTheForm()
    {
        var response = await PostCodeAsync("");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name=\"user_code\"", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostCodeAsync(string typed) =>
        _client.PostAsync("/api/device", new FormUrlEncodedContent(new Dictionary<string, string> { ["user_code"] = typed }));

    private async Task<(string UserCode, string Link)> StartAsync(string clientId, string? deviceKind = null)
    {
        var form = new Dictionary<string, string> { ["client_id"] = clientId };
        if (deviceKind is not null)
        {
            form["device_kind"] = deviceKind;
        }
        var response = await _client.PostAsync("/api/oauth/device_authorization", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{Issuer}/device", started.GetProperty("verification_uri").GetString());
        Assert.False(started.TryGetProperty("verification_uri_complete", out _));
        return (started.GetProperty("user_code").GetString()!, started.GetProperty("card_request_uri").GetString()!);
    }
}
