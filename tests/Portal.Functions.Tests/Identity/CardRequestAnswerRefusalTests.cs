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
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// Unusable answers to a card request (beside the cases in <see cref="CardRequestHttpTests"/>): each is a clear 4xx
/// problem, writes at most the attempt record, and leaves the request answerable by the real card afterwards.
/// </summary>
public sealed class CardRequestAnswerRefusalTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private static readonly string SomeBase64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(256));

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private IdentityHost _host = null!;
    private HttpClient _client = null!;

    private CardRequestService CardRequests => _host.Services.GetRequiredService<CardRequestService>();

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock);
        _client = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The answer, its status and problem slug, and whether it reached the request (counted as a refused attempt).</summary>
    public static TheoryData<string, int, string, int> Answers => new()
    {
        { "certificate not base64", 400, "bad-request", 1 },
        { "garbage certificate", 403, CardRequestProblems.UntrustedCertificate, 1 },
        { "oversized body", 413, "payload-too-large", 0 },
        { "wrong content type", 415, "unsupported-media-type", 0 },
        { "form instead of JSON", 415, "unsupported-media-type", 0 },
        { "empty body", 400, "malformed-json", 0 },
        { "broken JSON", 400, "malformed-json", 0 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task AnUnusableAnswerIsAClear4xxAndTheRequestStaysAnswerable(
        string answer, int status, string slug, int failedAttempts)
    {
        var card = pki.Issue();
        var request = await CardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", new RequestingClient("chatbot")), CancellationToken.None);
        await CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);

        var refused = await _client.PostAsync($"/api/card-requests/{request.Id}", Body(answer));

        Assert.True(status == (int)refused.StatusCode, $"{answer}: {(int)refused.StatusCode}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"https://portal.example/problems/{slug}", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        var stored = await _host.Services.GetRequiredService<CardRequestRepository>().FindAsync(request.Id, CancellationToken.None);
        Assert.Equal(CardRequestStates.Pending, stored!.Document.State);
        Assert.Equal(failedAttempts, stored.Document.FailedAttempts.Count);

        var answered = await _client.PostAsJsonAsync($"/api/card-requests/{request.Id}", await AnswerAsync(card, request.Request));

        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
    }

    private static HttpContent Body(string answer) => answer switch
    {
        "certificate not base64" => Json($"{{\"signature\":\"{SomeBase64}\",\"certificate\":\"%%% not base64 %%%\"}}"),
        "garbage certificate" => Json($"{{\"signature\":\"{SomeBase64}\",\"certificate\":\"{SomeBase64}\"}}"),
        "oversized body" => Json($"{{\"signature\":\"{new string('A', 300 * 1024)}\"}}"),
        "wrong content type" => new StringContent($"{{\"signature\":\"{SomeBase64}\"}}", Encoding.UTF8, "text/plain"),
        "form instead of JSON" => new FormUrlEncodedContent(new Dictionary<string, string> { ["signature"] = SomeBase64 }),
        "empty body" => Json(""),
        "broken JSON" => Json("{\"signature\":"),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<CardSignatureSubmission> AnswerAsync(string card, CardRequest request)
    {
        await using var software = MynaCard.SoftwareCard.SoftwareCard.Open(card);
        var signature = await new JpkiApplet(new CardChannel(software)).SignWithPinAsync(
            JpkiKey.Authentication, IdentityPki.AuthPin, SHA256.HashData(Convert.FromBase64String(request.DataToSign!)));
        return new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(IdentityPki.AuthenticationCertificate(card)));
    }
}
