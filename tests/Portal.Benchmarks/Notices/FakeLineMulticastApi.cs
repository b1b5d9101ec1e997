using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// LINE's multicast endpoint on a loopback port (Kestrel, real HTTP), at a rate limit: a token bucket holding one
/// second's requests and refilling continuously; beyond it, 429 with Retry-After (whole seconds), as LINE answers.
/// Every attempt takes a token, as LINE counts them. A retry key it already accepted is answered 409 with
/// X-Line-Accepted-Request-Id and not delivered again. Records each delivered call (when, to whom) and counts the 429s.
/// The tests' fake (tests/Bot.Channels.Line.Tests) lives in a test project; this is the benchmark's own, multicast only.
/// </summary>
public sealed class FakeLineMulticastApi : IAsyncDisposable
{
    public const string AccessToken = "bench-channel-access-token";

    private readonly WebApplication _app;
    private readonly double _perSecond;
    private readonly ConcurrentQueue<LineMulticastCall> _delivered = new();
    private readonly ConcurrentDictionary<string, string> _acceptedKeys = new(StringComparer.Ordinal);
    private readonly Lock _bucketLock = new();
    private double _tokens;
    private long _refilledAt;
    private int _rejected;
    private int _conflicts;

    private FakeLineMulticastApi(WebApplication app, double perSecond)
    {
        _app = app;
        _perSecond = perSecond;
        _tokens = Capacity;
        _refilledAt = Stopwatch.GetTimestamp();
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The limit: multicast requests a second.</summary>
    public double PerSecond => _perSecond;

    public IReadOnlyList<LineMulticastCall> Delivered => [.. _delivered];

    /// <summary>Requests answered 429 (over the limit).</summary>
    public int RateLimited => _rejected;

    /// <summary>Requests answered 409 (a retry key already accepted: the client retried a delivered call).</summary>
    public int AlreadyAccepted => _conflicts;

    private double Capacity => Math.Max(1, _perSecond);

    public static async Task<FakeLineMulticastApi> StartAsync(double perSecond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeLineMulticastApi(builder.Build(), perSecond);
        fake._app.MapPost("/v2/bot/message/multicast", (Func<HttpContext, Task<IResult>>)fake.AnswerAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return fake;
    }

    /// <summary>Forgets what was delivered and rejected (after a warm-up); the bucket is full again.</summary>
    public void Reset()
    {
        _delivered.Clear();
        Interlocked.Exchange(ref _rejected, 0);
        Interlocked.Exchange(ref _conflicts, 0);
        lock (_bucketLock)
        {
            _tokens = Capacity;
            _refilledAt = Stopwatch.GetTimestamp();
        }
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {AccessToken}")
        {
            return Results.StatusCode(401);
        }
        if (!TryTakeToken(out var retryAfter))
        {
            Interlocked.Increment(ref _rejected);
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        }
        var retryKey = context.Request.Headers["X-Line-Retry-Key"].ToString();
        var accepted = Guid.NewGuid().ToString();
        if (retryKey.Length > 0 && !_acceptedKeys.TryAdd(retryKey, accepted))
        {
            Interlocked.Increment(ref _conflicts);
            context.Response.Headers["X-Line-Accepted-Request-Id"] = _acceptedKeys[retryKey];
            return Results.Json(new JsonObject(), statusCode: 409);
        }
        var to = body["to"]!.AsArray().Select(u => (string)u!).ToList();
        _delivered.Enqueue(new LineMulticastCall(Stopwatch.GetTimestamp(), to));
        return Results.Json(new JsonObject());
    }

    /// <param name="retryAfter">Seconds until a token is back, at least 1.</param>
    private bool TryTakeToken(out int retryAfter)
    {
        retryAfter = 0;
        lock (_bucketLock)
        {
            var now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(Capacity, _tokens + Stopwatch.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond);
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return true;
            }
            retryAfter = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _perSecond));
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
