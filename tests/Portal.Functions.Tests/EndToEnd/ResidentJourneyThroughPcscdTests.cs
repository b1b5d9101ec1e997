using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.DependencyInjection;
using MynaCard.SoftwareCard;
using MynaCard.Testing;
using Portal.Domain.Terms;
using Portal.Functions.Tests.Identity;
using Portal.Testing;
using Signer.Cli;
using Portal.Testing.Signing;
using Xunit.Abstractions;

namespace Portal.Functions.Tests.EndToEnd;

/// <summary>
/// A resident's first visit, end to end on the local stack with every real part: a standard OAuth client library
/// starts the device flow, the real signer CLI answers the link with a software card in vsmartcard's reader through
/// pcscd, the client gets tokens and calls the API; the resident registers with the code from the SMTP sink; a
/// refresh yields the full portal scope; 操作履歴 shows it all.
/// </summary>
public sealed partial class ResidentJourneyThroughPcscdTests(IdentityPki pki, PcscdFixture pcscd, ITestOutputHelper output)
    : IClassFixture<IdentityPki>, IClassFixture<PcscdFixture>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string TermsVersion = "2026-11-01";

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
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot());
        await _host.Services.GetRequiredService<TermsRepository>().PublishAsync(new TermsVersion
        {
            Id = TermsVersion,
            Title = "マイナポータル利用規約",
            Body = "第1条 この規約は、マイナポータルの利用について定めます。",
            EffectiveAt = _clock.GetUtcNow().AddDays(-1),
            PublishedAt = _clock.GetUtcNow().AddDays(-2),
        }, CancellationToken.None);
        _client = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task AResidentSignsInWithTheCardThroughPcscdRegistersAndSeesItAllInTheOperationHistory()
    {
        var discovery = await CardLogin.DiscoverAsync(_client, Issuer);
        var device = await _client.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = discovery.DeviceAuthorizationEndpoint,
            ClientId = OAuthTestClients.ChatbotId,
            Scope = "openid email portal",
        });
        Assert.False(device.IsError, device.Error);

        // The signer on the PC/SC path: the card sits in vpcd's reader, the signer finds it through pcscd. The resident
        // types the code this client showed (there is no verification_uri_complete to carry it), then the PIN.
        Assert.Null(device.VerificationUriComplete);
        await using (var card = SoftwareCard.Open(pki.Issue()))
        await using (await pcscd.InsertAsync(card, output))
        {
            var run = await RealSigner.RunAsync(_client, ["login", device.Json!.Value.GetProperty("card_request_uri").GetString()!,
                "--reader", PcscdFixture.Reader, "--verbose"], $"{device.UserCode}\n{IdentityPki.AuthPin}\n");
            output.WriteLine(run.Output + run.Error);
            Assert.True(run.ExitCode == ExitCodes.Ok, $"signer exit {run.ExitCode}: {run.Error}");
            Assert.Contains("その他の端末", run.Output);
        }

        var tokens = await PollAsync(discovery, device);
        Assert.Equal("openid email registration", tokens.Scope);
        var me = await GetJsonAsync("/api/me", tokens.AccessToken!);
        Assert.Equal("pending", me.GetProperty("state").GetString());

        // 利用者登録 (2-B ❶–❻): address, notifications, consent to the current terms, the code from the e-mail.
        var terms = await _client.GetFromJsonAsync<JsonElement>("/api/terms/current");
        Assert.Equal(TermsVersion, terms.GetProperty("version").GetString());
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        _clock.Advance(TimeSpan.FromSeconds(30)); // the host's clock stands still otherwise: 操作履歴 orders by time
        var started = await SendAsync(HttpMethod.Post, "/api/me/registration", tokens.AccessToken!,
            new { email, notificationsEnabled = true, termsVersion = TermsVersion });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var mail = await MailSink.WaitForAsync(await LocalStack.GetAsync(), email, TimeSpan.FromSeconds(60));
        var code = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        _clock.Advance(TimeSpan.FromSeconds(30));
        var confirmed = await SendAsync(HttpMethod.Post, "/api/me/registration/confirm", tokens.AccessToken!, new { code });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // The registration-only token cannot read 操作履歴; the refreshed one (same login, rotated) can.
        var tooEarly = await SendAsync(HttpMethod.Get, "/api/me/operations", tokens.AccessToken!);
        Assert.Equal(HttpStatusCode.Forbidden, tooEarly.StatusCode);
        var refreshed = await _client.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = OAuthTestClients.ChatbotId,
            RefreshToken = tokens.RefreshToken!,
        });
        Assert.False(refreshed.IsError, $"{refreshed.Error}: {refreshed.ErrorDescription}");
        Assert.Equal("openid email portal", refreshed.Scope);
        me = await GetJsonAsync("/api/me", refreshed.AccessToken!);
        Assert.Equal("registered", me.GetProperty("state").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        var userInfo = await _client.GetUserInfoAsync(new UserInfoRequest { Address = discovery.UserInfoEndpoint, Token = refreshed.AccessToken });
        Assert.False(userInfo.IsError, userInfo.Error);
        Assert.Equal(email, userInfo.TryGet("email"));

        var operations = await GetJsonAsync("/api/me/operations", refreshed.AccessToken!);
        var done = operations.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("operation").GetString(), i.GetProperty("outcome").GetString()))
            .Reverse().ToList();
        Assert.Equal(
            [("sign-in", "succeeded"), ("account.registration.start", "succeeded"), ("account.registration.confirm", "succeeded")],
            done);
        Assert.DoesNotContain(email, operations.GetRawText());
    }

    private async Task<TokenResponse> PollAsync(DiscoveryDocumentResponse discovery, DeviceAuthorizationResponse device)
    {
        var request = new DeviceTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = OAuthTestClients.ChatbotId,
            DeviceCode = device.DeviceCode!,
        };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            _clock.Advance(TimeSpan.FromSeconds(device.Interval));
            var response = await _client.RequestDeviceTokenAsync(request);
            if (response.Error != "authorization_pending")
            {
                Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
                return response;
            }
        }
        throw new TimeoutException("No tokens after 5 polls.");
    }

    private async Task<JsonElement> GetJsonAsync(string path, string token)
    {
        var response = await SendAsync(HttpMethod.Get, path, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _client.SendAsync(request);
    }

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();
}
