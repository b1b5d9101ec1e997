using System.Buffers.Text;
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
/// real one, tested against the real signer there): serves requests over real HTTP on loopback, takes the code,
/// checks posted signatures against the card's certificate. Its challenges can be bent to test the signer's checks.
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    /// <summary>The code every request here takes, as the screen that started it would show it.</summary>
    public const string Code = "BCDF-GHJK";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Pending> _requests = new();

    public sealed record Pending(CardRequestView View, byte[]? KnownCertificate, string? RefuseWith);

    public sealed record Received(string RequestId, CardSignatureSubmission? Signature, PrefillSubmission? Prefill, bool SignatureValid);

    /// <summary>How a test bends what is to be signed; null fields keep the honest value.</summary>
    public sealed record Bent(string? Purpose = null, string? RequestId = null, string? Audience = null, DateTimeOffset? ExpiresAt = null);

    public ConcurrentQueue<Received> Submissions { get; } = new();

    /// <summary>Every code the signer posted, in order.</summary>
    public ConcurrentQueue<string> CodesTyped { get; } = new();

    private FakePortal(WebApplication app) => _app = app;

    public static async Task<FakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var portal = new FakePortal(app);
        app.MapGet("/api/card-requests/{id}", (string id) =>
            portal._requests.TryGetValue(id, out var pending)
                ? Results.Json(pending.View with { DataToSign = null, AuthenticationChallenge = null }, JsonSerializerOptions.Web)
                : Results.NotFound());
        app.MapPost("/api/card-requests/{id}/confirmation", portal.ConfirmAsync);
        app.MapPost("/api/card-requests/{id}", portal.ReceiveAsync);
        await app.StartAsync();
        return portal;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public string Origin => CardRequestLink.OriginOf(BaseAddress);

    /// <summary>Registers a request and returns its link. <paramref name="refuseWith"/> = a problem slug to answer the POST with.</summary>
    /// <param name="consentQuestion">Sign only: a consent question, with a second document (the yes) to sign.</param>
    public Uri Add(string purpose, byte[]? knownCertificate = null, string? refuseWith = null, Bent? bent = null, string? consentQuestion = null)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var now = DateTimeOffset.UtcNow;
        var expires = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddMinutes(5);
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var named = (Purpose: bent?.Purpose ?? purpose, Id: bent?.RequestId ?? id, Audience: bent?.Audience ?? Origin, Expires: bent?.ExpiresAt ?? expires);
        string? data = null;
        string? authentication = null;
        string? consent = null;
        if (purpose == CardRequestPurposes.Login)
        {
            data = Convert.ToBase64String(new CardChallenge(named.Purpose, named.Id, named.Audience, nonce, named.Expires).ToBytes());
        }
        else if (purpose == CardRequestPurposes.Sign)
        {
            data = Convert.ToBase64String(SigningAttributes.Create(RandomNumberGenerator.GetBytes(32), now, named.Id, named.Audience, nonce));
            authentication = Convert.ToBase64String(new CardChallenge(named.Purpose, named.Id, named.Audience, nonce, named.Expires).ToBytes());
            consent = consentQuestion is null ? null
                : Convert.ToBase64String(SigningAttributes.Create(RandomNumberGenerator.GetBytes(32), now, named.Id, named.Audience, nonce));
        }
        var view = new CardRequestView(id, purpose, "テスト市 電子申請", "テスト用の要求です。",
            new CardRequester("テスト用チャットボット", DeviceKinds.Line, now),
            purpose == CardRequestPurposes.Sign ? new CardRequestSigning("児童手当の認定請求", "テスト市", "申請：児童手当の認定請求", consentQuestion) : null,
            CodeRequired: true, data, authentication, knownCertificate is null && purpose != CardRequestPurposes.Prefill, expires, consent);
        _requests[id] = new Pending(view, knownCertificate, refuseWith);
        return new Uri(BaseAddress, $"api/card-requests/{id}");
    }

    private async Task<IResult> ConfirmAsync(string id, HttpRequest request)
    {
        var confirmation = await JsonSerializer.DeserializeAsync<CodeConfirmation>(request.Body, JsonSerializerOptions.Web);
        CodesTyped.Enqueue(confirmation!.UserCode);
        if (!_requests.TryGetValue(id, out var pending))
        {
            return Problem(CardRequestProblems.AlreadyUsed, 409);
        }
        return confirmation.UserCode.Replace("-", "").Equals(Code.Replace("-", ""), StringComparison.OrdinalIgnoreCase)
            ? Results.Json(pending.View, JsonSerializerOptions.Web)
            : Problem(CardRequestProblems.WrongCode, 422);
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
        var certificate = submission.Certificate is null ? pending.KnownCertificate! : Convert.FromBase64String(submission.Certificate);
        var signed = submission.Consented ? pending.View.ConsentDataToSign ?? "" : pending.View.DataToSign!;
        var valid = signed.Length > 0 && Verifies(certificate, signed, submission.Signature);
        if (pending.View.Purpose == CardRequestPurposes.Sign)
        {
            valid &= submission.AuthenticationCertificate is { } authentication && submission.AuthenticationSignature is { } signature
                && Verifies(Convert.FromBase64String(authentication), pending.View.AuthenticationChallenge!, signature);
        }
        Submissions.Enqueue(new Received(id, submission, null, valid));
        return valid ? Results.NoContent() : Problem(CardRequestProblems.BadSignature, 400);
    }

    private static bool Verifies(byte[] certificateDer, string data, string signature)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(certificateDer);
        using var key = certificate.GetRSAPublicKey()!;
        return key.VerifyData(Convert.FromBase64String(data), Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static IResult Problem(string slug, int status) =>
        Results.Problem(type: $"https://portal.example/problems/{slug}", title: "テスト", statusCode: status);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
