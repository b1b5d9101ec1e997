using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MynaCard.Jpki;
using MynaCard.Transport;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Testing;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Identity;

/// <summary>Card requests over HTTP through the local host and the real local stack, answered by software cards.</summary>
public sealed class CardRequestHttpTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private IdentityHost _host = null!;
    private HttpClient _client = null!;

    private static readonly RequestingClient Requester = new("chatbot", DeviceKinds.Line);

    private CardRequestService CardRequests => _host.Services.GetRequiredService<CardRequestService>();

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock);
        _client = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetAnswersTheViewAsJson()
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);

        var response = await _client.GetAsync($"/api/card-requests/{request.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(request.Id, view.GetProperty("requestId").GetString());
        Assert.Equal("login", view.GetProperty("purpose").GetString());
        Assert.True(view.GetProperty("codeRequired").GetBoolean());
        Assert.False(view.TryGetProperty("dataToSign", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Equal("line", view.GetProperty("requester").GetProperty("deviceKind").GetString());
        Assert.True(view.GetProperty("certificateRequired").GetBoolean());
        Assert.DoesNotContain(request.UserCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheCodeInTheBodyAnswersWhatToSign()
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}/confirmation", new CodeConfirmation(request.UserCode.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(request.Request.DataToSign, view.GetProperty("dataToSign").GetString());
    }

    [Fact]
    public async Task AWrongCodeIs422AndTheThirdEndsTheRequest()
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);
        var wrong = new CodeConfirmation(request.UserCode == "BBBB-BBBB" ? "CCCC-CCCC" : "BBBB-BBBB");

        for (var i = 0; i < CardRequest.MaxFailedAttempts; i++)
        {
            var problem = await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}/confirmation", wrong),
                (HttpStatusCode)422, CardRequestProblems.WrongCode);
            Assert.Contains("3回間違えると", problem.GetProperty("detail").GetString());
        }

        await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}/confirmation", new CodeConfirmation(request.UserCode)),
            HttpStatusCode.Conflict, CardRequestProblems.AlreadyUsed);
    }

    [Fact]
    public async Task AnAnswerBeforeTheCodeIsConfirmedIsRefused()
    {
        var card = pki.Issue();
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}", await AnswerAsync(card, request.Request));

        await AssertProblem(response, HttpStatusCode.Conflict, CardRequestProblems.CodeNotConfirmed);
    }

    [Fact]
    public async Task TheRealSignerLogsInThroughTheLocalHost()
    {
        var card = pki.Issue();
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "LINE でのログイン", Requester), CancellationToken.None);
        var link = new Uri(_client.BaseAddress!, $"/api/card-requests/{request.Id}");
        Assert.True(link.IsLoopback);

        await RealSigner.AnswerAsync(_client, ["login", link.ToString(), "--card", card], $"{request.UserCode}\n{IdentityPki.AuthPin}\n");

        var outcome = await CardRequests.TakeOutcomeAsync(request.Id, CancellationToken.None);
        Assert.Equal(Convert.ToBase64String(IdentityPki.AuthenticationCertificate(card)), outcome!.Certificate);
        await AssertProblem(await _client.GetAsync($"/api/card-requests/{request.Id}"), HttpStatusCode.Conflict, CardRequestProblems.AlreadyUsed);
    }

    [Fact]
    public async Task APostedSignatureIs204AndTheSameBodyAgainIsAlreadyUsed()
    {
        var (id, body) = await LoginAnswerAsync(pki.Issue());

        var first = await _client.PostAsJsonAsync($"/api/card-requests/{id}", body);
        var second = await _client.PostAsJsonAsync($"/api/card-requests/{id}", body);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await AssertProblem(second, HttpStatusCode.Conflict, CardRequestProblems.AlreadyUsed);
    }

    [Fact]
    public async Task AnExpiredRequestIsCardRequestExpired()
    {
        var (id, body) = await LoginAnswerAsync(pki.Issue());

        _clock.Advance(TimeSpan.FromMinutes(6));

        await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{id}", body), HttpStatusCode.Gone, CardRequestProblems.Expired);
    }

    [Fact]
    public async Task CardItemsPostedToALoginRequestAreTheWrongPurpose()
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}",
            new PrefillSubmission("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2"));

        await AssertProblem(response, (HttpStatusCode)422, CardRequestProblems.WrongPurpose);
    }

    [Fact]
    public async Task APrefillAnswerIs204()
    {
        var request = await CardRequests.CreatePrefillAsync(new NewCardRequest("テスト市 電子申請", "転入届の入力補助", Requester), CancellationToken.None);
        await CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}",
            new PrefillSubmission("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(_host.Root.Logs.Entries, e => e.Message.Contains("山田", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACardOfAnotherCaIsCertificateUntrusted()
    {
        var (id, body) = await LoginAnswerAsync(pki.Issue(pki.OtherCaFolder));

        await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{id}", body), HttpStatusCode.Forbidden, CardRequestProblems.UntrustedCertificate);
    }

    [Fact]
    public async Task ARevokedCardIsCertificateRevoked()
    {
        var card = pki.Issue();
        pki.Revoke(card);
        await _host.Services.GetRequiredService<CrlRefresher>().RefreshAsync(CancellationToken.None);
        var (id, body) = await LoginAnswerAsync(card);

        await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{id}", body), HttpStatusCode.Forbidden, CardRequestProblems.CertificateRevoked);
    }

    [Fact]
    public async Task AnExpiredCardIsCertificateExpired()
    {
        var card = pki.Issue(validDays: 1);
        _clock.Advance(TimeSpan.FromDays(2));
        var (id, body) = await LoginAnswerAsync(card);

        await AssertProblem(await _client.PostAsJsonAsync($"/api/card-requests/{id}", body), HttpStatusCode.Forbidden, CardRequestProblems.CertificateExpired);
    }

    [Fact]
    public async Task ASignatureOverOtherDataIsSignatureInvalid()
    {
        var card = pki.Issue();
        var (id, _) = await LoginAnswerAsync(card);
        var signature = await SignAsync(card, Encoding.UTF8.GetBytes("other data"));

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{id}",
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(IdentityPki.AuthenticationCertificate(card))));

        await AssertProblem(response, HttpStatusCode.Forbidden, CardRequestProblems.BadSignature);
    }

    [Fact]
    public async Task ASignatureThatIsNotBase64IsABadRequest()
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);
        await CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);

        var response = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}", new CardSignatureSubmission("not base64!", null));

        await AssertProblem(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task AnUnknownRequestIsNotFound()
    {
        await AssertProblem(await _client.GetAsync("/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task WithoutACurrentCrlTheAnswerIsServiceUnavailable()
    {
        await using var host = await IdentityHost.StartAsync(pki.CaFolder, pki.EmptyFolder, _clock);
        var client = host.Factory.CreateClient();
        var card = pki.Issue();
        var cardRequests = host.Services.GetRequiredService<CardRequestService>();
        var request = await cardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);
        await cardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);
        var body = await AnswerAsync(card, request.Request);

        var response = await client.PostAsJsonAsync($"/api/card-requests/{request.Id}", body);

        await AssertProblem(response, HttpStatusCode.ServiceUnavailable, "service-unavailable");
        Assert.Contains(host.Root.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Category.EndsWith("HttpEdge", StringComparison.Ordinal));
    }

    /// <summary>A login request whose code was typed, and the card's answer to it.</summary>
    private async Task<(string Id, CardSignatureSubmission Body)> LoginAnswerAsync(string card)
    {
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", Requester), CancellationToken.None);
        await CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);
        return (request.Id, await AnswerAsync(card, request.Request));
    }

    private static async Task<CardSignatureSubmission> AnswerAsync(string card, CardRequest request) => new(
        Convert.ToBase64String(await SignAsync(card, Convert.FromBase64String(request.DataToSign!))),
        Convert.ToBase64String(IdentityPki.AuthenticationCertificate(card)));

    /// <summary>What the signer does for a login: the software card's JPKI applet signs SHA-256 of the data.</summary>
    private static async Task<byte[]> SignAsync(string card, byte[] data)
    {
        await using var software = MynaCard.SoftwareCard.SoftwareCard.Open(card);
        return await new JpkiApplet(new CardChannel(software)).SignWithPinAsync(JpkiKey.Authentication, IdentityPki.AuthPin, SHA256.HashData(data));
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string slug)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"https://portal.example/problems/{slug}", problem.GetProperty("type").GetString());
        return problem;
    }
}
