using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Contracts.CardRequests;

namespace Signer.Cli.Tests.Fakes;

/// <summary>
/// A small local stand-in for the portal's side of the card-request exchange (the identity feature implements the
/// real one): serves requests over real HTTP on loopback, checks posted signatures against the card's certificate.
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Pending> _requests = new();

    public sealed record Pending(CardRequestView View, byte[]? KnownCertificate, string? RefuseWith);

    public sealed record Received(string RequestId, CardSignatureSubmission? Signature, PrefillSubmission? Prefill, bool SignatureValid);

    public ConcurrentQueue<Received> Submissions { get; } = new();

    private FakePortal(WebApplication app) => _app = app;

    public static async Task<FakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var portal = new FakePortal(app);
        app.MapGet("/api/card-requests/{id}", (string id) =>
            portal._requests.TryGetValue(id, out var pending) ? Results.Json(pending.View) : Results.NotFound());
        app.MapPost("/api/card-requests/{id}", portal.ReceiveAsync);
        await app.StartAsync();
        return portal;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>Registers a request and returns its link. <paramref name="refuseWith"/> = a problem slug to answer the POST with.</summary>
    public Uri Add(string purpose, byte[]? knownCertificate = null, string? refuseWith = null, string? dataToSign = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var data = purpose == CardRequestPurposes.Prefill ? null : dataToSign ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(96));
        var view = new CardRequestView(id, purpose, "テスト市 電子申請", "テスト用の要求です。", purpose == CardRequestPurposes.Sign ? "申請：児童手当の認定請求" : null,
            data, knownCertificate is null && purpose != CardRequestPurposes.Prefill, DateTimeOffset.UtcNow.AddMinutes(5));
        _requests[id] = new Pending(view, knownCertificate, refuseWith);
        return new Uri(BaseAddress, $"api/card-requests/{id}");
    }

    private async Task<IResult> ReceiveAsync(string id, HttpRequest request)
    {
        if (!_requests.TryRemove(id, out var pending))
        {
            return Problem(CardRequestProblems.AlreadyUsed, 409);
        }
        if (pending.RefuseWith is { } slug)
        {
            return Problem(slug, 400);
        }
        var body = await JsonDocument.ParseAsync(request.Body);
        if (pending.View.Purpose == CardRequestPurposes.Prefill)
        {
            Submissions.Enqueue(new Received(id, null, body.RootElement.Deserialize<PrefillSubmission>(JsonSerializerOptions.Web), true));
            return Results.NoContent();
        }
        var submission = body.RootElement.Deserialize<CardSignatureSubmission>(JsonSerializerOptions.Web)!;
        var certificateBytes = submission.Certificate is null ? pending.KnownCertificate : Convert.FromBase64String(submission.Certificate);
        using var certificate = X509CertificateLoader.LoadCertificate(certificateBytes!);
        using var key = certificate.GetRSAPublicKey()!;
        var valid = key.VerifyData(Convert.FromBase64String(pending.View.DataToSign!), Convert.FromBase64String(submission.Signature),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Submissions.Enqueue(new Received(id, submission, null, valid));
        return valid ? Results.NoContent() : Problem(CardRequestProblems.BadSignature, 400);
    }

    private static IResult Problem(string slug, int status) =>
        Results.Problem(type: $"https://portal.example/problems/{slug}", title: "テスト", statusCode: status);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
