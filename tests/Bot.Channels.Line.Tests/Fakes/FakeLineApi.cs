using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>
/// A stand-in for api.line.me on a loopback port: captures reply, push and multicast requests, checks the bearer
/// token, can answer a status a given number of times first, treats a push or multicast whose retry key it already
/// accepted as LINE does (409 with X-Line-Accepted-Request-Id, not delivered again), and can enforce a rate limit
/// (<see cref="LimitTo"/>: a token bucket of one second's requests, 429 with Retry-After beyond it).
/// </summary>
public sealed class FakeLineApi : IAsyncDisposable
{
    public const string AccessToken = "test-channel-access-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<LineApiRequest> requests = new();
    private readonly ConcurrentQueue<LineApiRequest> delivered = new();
    private readonly ConcurrentQueue<(int Status, bool AcceptFirst)> scripted = new();
    private readonly ConcurrentDictionary<string, string> acceptedKeys = new();
    private readonly ConcurrentDictionary<string, int> deliveriesPerKey = new();
    private readonly Lock bucketLock = new();
    private double? perSecond;
    private double tokens;
    private long refilledAt;

    private FakeLineApi(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request, in arrival order, whatever it was answered.</summary>
    public IReadOnlyList<LineApiRequest> Requests => requests.ToList();

    /// <summary>Replies delivered to the user (each delivered once, whatever the client was answered).</summary>
    public IReadOnlyList<LineApiRequest> Replies => delivered.Where(r => r.Path == "/v2/bot/message/reply").ToList();

    public IReadOnlyList<LineApiRequest> Pushes => delivered.Where(r => r.Path == "/v2/bot/message/push").ToList();

    public IReadOnlyList<LineApiRequest> Multicasts => delivered.Where(r => r.Path == "/v2/bot/message/multicast").ToList();

    /// <summary>Every user a delivered multicast reached, once per delivery (a user twice means delivered twice).</summary>
    public IReadOnlyList<string> MulticastUsers => Multicasts.SelectMany(m => m.Body["to"]!.AsArray().Select(u => (string)u!)).ToList();

    /// <summary>How many times a request with this retry key was delivered (LINE's promise: at most once).</summary>
    public int DeliveriesOf(string retryKey) => deliveriesPerKey.GetValueOrDefault(retryKey);

    public IReadOnlyDictionary<string, int> DeliveriesPerKey => deliveriesPerKey;

    /// <summary>
    /// From now on at most <paramref name="requestsPerSecond"/> requests a second are answered: a token bucket that holds
    /// one second's requests and refills continuously; beyond it, 429 with Retry-After (whole seconds, as HTTP has them).
    /// </summary>
    public void LimitTo(double requestsPerSecond)
    {
        lock (bucketLock)
        {
            perSecond = requestsPerSecond;
            tokens = Math.Max(1, requestsPerSecond);
            refilledAt = System.Diagnostics.Stopwatch.GetTimestamp();
        }
    }

    public static async Task<FakeLineApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeLineApi(builder.Build());
        fake.app.MapPost("/v2/bot/message/{kind}", (Func<HttpContext, Task<IResult>>)fake.AnswerAsync);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    /// <summary>The next <paramref name="times"/> requests are answered <paramref name="status"/> without delivering.</summary>
    public void Fail(int status, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            scripted.Enqueue((status, false));
        }
    }

    /// <summary>The next push is delivered but answered 500, as when LINE's answer is lost on the way back.</summary>
    public void AcceptButAnswerError() => scripted.Enqueue((500, true));

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        var authorization = request.Headers.Authorization.ToString();
        var retryKey = request.Headers["X-Line-Retry-Key"].FirstOrDefault();

        int status;
        if (authorization != $"Bearer {AccessToken}")
        {
            status = 401;
        }
        else if (!TryTakeToken(out var retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            status = 429;
        }
        else if (retryKey is not null && acceptedKeys.ContainsKey(retryKey))
        {
            context.Response.Headers["X-Line-Accepted-Request-Id"] = acceptedKeys[retryKey];
            status = 409;
        }
        else if (scripted.TryDequeue(out var next))
        {
            status = next.Status;
            if (next.AcceptFirst)
            {
                Deliver(new LineApiRequest(request.Path, authorization, retryKey, body, 200));
            }
        }
        else
        {
            status = 200;
            Deliver(new LineApiRequest(request.Path, authorization, retryKey, body, 200));
        }

        requests.Enqueue(new LineApiRequest(request.Path, authorization, retryKey, body, status));
        return status == 429 ? Results.StatusCode(429) : Results.Json(new JsonObject(), statusCode: status);
    }

    /// <param name="retryAfter">Seconds until a token is back, at least 1.</param>
    private bool TryTakeToken(out int retryAfter)
    {
        retryAfter = 0;
        lock (bucketLock)
        {
            if (perSecond is not { } rate)
            {
                return true;
            }
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            tokens = Math.Min(Math.Max(1, rate), tokens + System.Diagnostics.Stopwatch.GetElapsedTime(refilledAt, now).TotalSeconds * rate);
            refilledAt = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                return true;
            }
            retryAfter = Math.Max(1, (int)Math.Ceiling((1 - tokens) / rate));
            return false;
        }
    }

    private void Deliver(LineApiRequest request)
    {
        if (request.RetryKey is not null)
        {
            acceptedKeys[request.RetryKey] = Guid.NewGuid().ToString();
            deliveriesPerKey.AddOrUpdate(request.RetryKey, 1, (_, n) => n + 1);
        }

        delivered.Enqueue(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
