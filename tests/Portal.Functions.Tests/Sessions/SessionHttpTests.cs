using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Contracts.CardRequests;
using Portal.Contracts.Sessions;
using Portal.Contracts.Sessions.Events;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Identity;
using Portal.Testing;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Sessions;

/// <summary>
/// ログイン中の端末 over HTTP with real card logins (the signer CLI, a software card) and the host's clock moved by the
/// test: a phished login is told on the resident's earlier channel and by e-mail, listed, ended, and refused within 30 s.
/// </summary>
public sealed class SessionHttpTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string ClientId = OAuthTestClients.ChatbotId;
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(60);

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly string _botEvents = $"bot-events-{Guid.NewGuid():N}";
    private IdentityHost _host = null!;
    private HttpClient _client = null!;
    private DiscoveryDocumentResponse _discovery = null!;

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = Issuer,
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
            ["BotEventsQueue"] = _botEvents,
        });
        _client = _host.Factory.CreateClient();
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot());
        _discovery = await CardLogin.DiscoverAsync(_client, Issuer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task AVictimIsToldOfAPhishedLoginSeesItEndsItAndTheAttackersNextCallFailsWithinThirtySeconds()
    {
        var card = pki.Issue();
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        var victim = await CardLogin.LogInAsync(_client, _clock, _discovery, card, ClientId, "openid portal", deviceKind: DeviceKinds.Line);
        var account = new JsonWebToken(victim.AccessToken).Subject;
        await SetAccountAsync(account, a => a with { State = AccountStates.Registered, Email = email, NotificationsEnabled = true });

        // The attacker started a login in their own web chat and got the victim to answer its link with the card.
        var attacker = await CardLogin.LogInAsync(_client, _clock, _discovery, card, ClientId, "openid portal", deviceKind: DeviceKinds.WebChat);
        var attackerSession = SessionOf(attacker.AccessToken!);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/me", attacker.AccessToken!)).StatusCode);

        var notice = Assert.Single(await NoticesAsync(), n => n.SessionId == attackerSession);
        Assert.Equal((account, "マイナポータル チャットボット", DeviceKinds.WebChat), (notice.ResidentId, notice.ClientName, notice.DeviceKind));
        var mail = await MailSink.WaitForAsync(_host.Root.Stack, email, MailWait);
        Assert.Contains("新しいログイン", mail.GetProperty("subject").GetString());
        Assert.Contains("Web チャット", mail.GetProperty("text").GetString());

        var list = await ListAsync(victim.AccessToken!);
        Assert.Equal([DeviceKinds.WebChat, DeviceKinds.Line], list.Items.Select(s => s.DeviceKind));
        Assert.Equal([false, true], list.Items.Select(s => s.Current));
        Assert.Equal(attackerSession, list.Items[0].Id);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/me/sessions/{attackerSession}", victim.AccessToken!)).StatusCode);

        // Its refresh token is over at once; its access token when this instance's check next reads the login.
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, (await RefreshAsync(attacker.RefreshToken!)).Error);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me", attacker.AccessToken!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/me", victim.AccessToken!)).StatusCode);
        Assert.Equal([list.Items[1].Id], (await ListAsync(victim.AccessToken!)).Items.Select(s => s.Id));
    }

    [Fact]
    public async Task AnAttackersLinkInTheVictimsSignerShowsTheAttackersClientAndDeviceAndWithoutTheCodeSignsNothing()
    {
        var card = pki.Issue();
        var device = await _client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = _discovery.DeviceAuthorizationEndpoint,
            ClientId = ClientId,
            Scope = "openid portal",
            Parameters = new Parameters { { "device_kind", DeviceKinds.WebChat } },
        });
        var link = device.Json!.Value.GetProperty("card_request_uri").GetString()!;
        Assert.DoesNotContain(device.UserCode!, link);

        // The victim opens the forwarded link: the signer says who asks and from where, and without the code it stops.
        var noCode = await RealSigner.RunAsync(_client, ["login", link, "--card", card], "\n");
        Assert.Equal(Signer.Cli.ExitCodes.Cancelled, noCode.ExitCode);
        Assert.Contains("マイナポータル チャットボット", noCode.Output);
        Assert.Contains("Web チャット", noCode.Output);
        Assert.DoesNotContain("暗証番号", noCode.Output);

        // Guessing fails three times and ends the request; the attacker's device code then gets nothing.
        var guessed = await RealSigner.RunAsync(_client, ["login", link, "--card", card], "BBBB-BBBB\nCCCC-CCCC\nDDDD-DDDD\n1234\n");
        Assert.Equal(Signer.Cli.ExitCodes.RequestRefused, guessed.ExitCode);
        Assert.DoesNotContain("暗証番号", guessed.Output);
        _clock.Advance(TimeSpan.FromSeconds(device.Interval));
        var poll = await _client.RequestDeviceTokenAsync(new DeviceTokenRequest
        {
            Address = _discovery.TokenEndpoint, ClientId = ClientId, DeviceCode = device.DeviceCode!,
        });
        Assert.Equal(OidcConstants.TokenErrors.AccessDenied, poll.Error);
    }

    [Fact]
    public async Task AnotherResidentCannotListNorEndMyLoginsTheirIdAnswersNotFound()
    {
        var mine = await CardLogin.LogInAsync(_client, _clock, _discovery, pki.Issue(), ClientId, "openid portal");
        var theirs = await CardLogin.LogInAsync(_client, _clock, _discovery, pki.Issue(), ClientId, "openid portal");

        var ended = await SendAsync(HttpMethod.Delete, $"/api/me/sessions/{SessionOf(mine.AccessToken!)}", theirs.AccessToken!);
        var theirList = await ListAsync(theirs.AccessToken!);

        Assert.Equal(HttpStatusCode.NotFound, ended.StatusCode);
        Assert.Equal("application/problem+json", ended.Content.Headers.ContentType?.MediaType);
        Assert.Equal([SessionOf(theirs.AccessToken!)], theirList.Items.Select(s => s.Id));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/me", mine.AccessToken!)).StatusCode);
    }

    [Fact]
    public async Task EndingAllLoginsEndsTheAskingOneTooAndAMalformedIdIsNotFound()
    {
        var card = pki.Issue();
        var first = await CardLogin.LogInAsync(_client, _clock, _discovery, card, ClientId, "openid portal");
        var second = await CardLogin.LogInAsync(_client, _clock, _discovery, card, ClientId, "openid portal");

        var malformed = await SendAsync(HttpMethod.Delete, "/api/me/sessions/rtf-not-a-session", second.AccessToken!);
        var all = await SendAsync(HttpMethod.Delete, "/api/me/sessions", second.AccessToken!);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(2, (await all.Content.ReadFromJsonAsync<SessionsEnded>())!.Ended);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me", first.AccessToken!)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me/sessions", second.AccessToken!)).StatusCode);
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, (await RefreshAsync(first.RefreshToken!)).Error);
    }

    [Fact]
    public async Task ADeletedAccountsTokenStopsWithinThirtySecondsOnEveryEndpoint()
    {
        var login = await CardLogin.LogInAsync(_client, _clock, _discovery, pki.Issue(), ClientId, "openid portal");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/me/sessions", login.AccessToken!)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Delete, "/api/me", login.AccessToken!)).StatusCode);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me/sessions", login.AccessToken!)).StatusCode);
        Assert.True((await _client.GetUserInfoAsync(new UserInfoRequest { Address = _discovery.UserInfoEndpoint, Token = login.AccessToken })).IsError);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    private async Task<SessionList> ListAsync(string token)
    {
        var response = await SendAsync(HttpMethod.Get, "/api/me/sessions", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<SessionList>())!;
    }

    private Task<TokenResponse> RefreshAsync(string refreshToken) =>
        _client.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = _discovery.TokenEndpoint,
            ClientId = ClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            RefreshToken = refreshToken,
        });

    private static string SessionOf(string accessToken) => new JsonWebToken(accessToken).GetPayloadValue<string>("sid");

    private async Task<List<NewLoginNotice>> NoticesAsync()
    {
        var queue = _host.Services.GetRequiredService<StorageAccount>().Queue(_botEvents);
        return [.. (await queue.PeekMessagesAsync(32)).Value
            .Select(m => JsonSerializer.Deserialize<NewLoginNotice>(m.Body.ToString(), JsonSerializerOptions.Web)!)];
    }

    private async Task SetAccountAsync(string id, Func<Account, Account> change)
    {
        var accounts = new DocumentStore<Account>(_host.Services.GetRequiredService<PortalDatabase>().Container(PortalContainers.Residents));
        var account = (await accounts.ReadAsync(id, id, CancellationToken.None))!.Document;
        await accounts.UpsertAsync(change(account), CancellationToken.None);
    }
}
