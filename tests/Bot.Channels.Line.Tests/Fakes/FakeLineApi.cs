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
/// A stand-in for api.line.me on a loopback port: captures reply and push requests, checks the bearer token, can
/// answer a status a given number of times first, and treats a push whose retry key it already accepted as LINE
/// does (409 with X-Line-Accepted-Request-Id, not delivered again).
/// </summary>
public sealed class FakeLineApi : IAsyncDisposable
{
    public const string AccessToken = "test-channel-access-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<LineApiRequest> requests = new();
    private readonly ConcurrentQueue<LineApiRequest> delivered = new();
    private readonly ConcurrentQueue<(int Status, bool AcceptFirst)> scripted = new();
    private readonly ConcurrentDictionary<string, string> acceptedKeys = new();

    private FakeLineApi(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request, in arrival order, whatever it was answered.</summary>
    public IReadOnlyList<LineApiRequest> Requests => requests.ToList();

    /// <summary>Replies delivered to the user (each delivered once, whatever the client was answered).</summary>
    public IReadOnlyList<LineApiRequest> Replies => delivered.Where(r => r.Path == "/v2/bot/message/reply").ToList();

    public IReadOnlyList<LineApiRequest> Pushes => delivered.Where(r => r.Path == "/v2/bot/message/push").ToList();

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

    private void Deliver(LineApiRequest request)
    {
        if (request.RetryKey is not null)
        {
            acceptedKeys[request.RetryKey] = Guid.NewGuid().ToString();
        }

        delivered.Enqueue(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
