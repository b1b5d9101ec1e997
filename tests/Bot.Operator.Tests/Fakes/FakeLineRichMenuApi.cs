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

namespace Bot.Operator.Tests.Fakes;

/// <summary>
/// A stand-in for api.line.me and api-data.line.me (two loopback ports of one app) holding rich menus, the default,
/// aliases and per-user links as LINE does; checks the bearer token; images are taken only on the data host. A status
/// can be scripted for the next request to a path (e.g. 429 with Retry-After).
/// </summary>
public sealed class FakeLineRichMenuApi : IAsyncDisposable
{
    public const string AccessToken = "test-rich-menu-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, (string Path, int Status, string Body, int? RetryAfter)> scripted = new();
    private readonly Lock gate = new();
    private int port;
    private int nextId;

    private FakeLineRichMenuApi(WebApplication app) => this.app = app;

    public Uri ApiBaseUrl { get; private set; } = null!;

    public Uri DataBaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    public Dictionary<string, JsonObject> Menus { get; } = [];

    public Dictionary<string, byte[]> Images { get; } = [];

    public Dictionary<string, string> Aliases { get; } = [];

    public Dictionary<string, string> UserLinks { get; } = [];

    public string? DefaultMenu { get; set; }

    /// <summary>The settings the tool reads, pointed here.</summary>
    public Func<string, string?> Environment(string? token = AccessToken) => name => name switch
    {
        "Bot__Line__ChannelAccessToken" => token,
        "Bot__Line__ApiBaseUrl" => ApiBaseUrl.ToString(),
        "Bot__Line__ApiDataBaseUrl" => DataBaseUrl.ToString(),
        _ => null,
    };

    /// <summary>The next request whose path starts with <paramref name="pathPrefix"/> is answered with this status.</summary>
    public void Refuse(string pathPrefix, int status, string body = "{}", int? retryAfter = null) =>
        scripted[pathPrefix] = (pathPrefix, status, body, retryAfter);

    /// <summary>A menu already there (e.g. the one residents see before a switch).</summary>
    public string Seed(string name)
    {
        lock (gate)
        {
            var id = $"richmenu-{++nextId:x32}";
            Menus[id] = new JsonObject { ["name"] = name, ["chatBarText"] = "メニュー", ["size"] = new JsonObject { ["width"] = 2500, ["height"] = 1686 }, ["areas"] = new JsonArray() };
            Images[id] = [1];
            return id;
        }
    }

    public static async Task<FakeLineRichMenuApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeLineRichMenuApi(builder.Build());
        fake.app.Run(fake.AnswerAsync);
        await fake.app.StartAsync();
        var addresses = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        fake.ApiBaseUrl = new Uri(addresses[0] + "/");
        fake.DataBaseUrl = new Uri(addresses[1] + "/");
        fake.port = fake.ApiBaseUrl.Port;
        return fake;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var host = context.Connection.LocalPort == port ? "api" : "data";
        var path = request.Path.Value ?? "";
        var recorded = new RecordedRequest(host, request.Method, path, request.Headers.Authorization, request.ContentType, buffer.ToArray());
        requests.Enqueue(recorded);

        if (recorded.Authorization != $"Bearer {AccessToken}")
        {
            await Answer(context, 401, """{"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}""");
            return;
        }
        var script = scripted.Keys.FirstOrDefault(path.StartsWith);
        if (script is not null && scripted.TryRemove(script, out var refusal))
        {
            if (refusal.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await Answer(context, refusal.Status, refusal.Body);
            return;
        }
        var (status, body) = Handle(recorded);
        await Answer(context, status, body);
    }

    private (int Status, string Body) Handle(RecordedRequest r)
    {
        lock (gate)
        {
            var parts = r.Path.Trim('/').Split('/');
            return (r.Host, r.Method, parts) switch
            {
                ("api", "POST", ["v2", "bot", "richmenu", "validate"]) => (200, "{}"),
                ("api", "POST", ["v2", "bot", "richmenu"]) => Create(r),
                ("data", "POST", ["v2", "bot", "richmenu", var id, "content"]) when Menus.ContainsKey(id) && !Images.ContainsKey(id) =>
                    Store(() => Images[id] = r.Body),
                ("data", "POST", ["v2", "bot", "richmenu", _, "content"]) => (400, """{"message":"An image has already been uploaded to the richmenu"}"""),
                ("api", "POST", ["v2", "bot", "user", "all", "richmenu", var id]) when Images.ContainsKey(id) => Store(() => DefaultMenu = id),
                ("api", "GET", ["v2", "bot", "user", "all", "richmenu"]) when DefaultMenu is not null => (200, new JsonObject { ["richMenuId"] = DefaultMenu }.ToJsonString()),
                ("api", "POST", ["v2", "bot", "user", var user, "richmenu", var id]) when Images.ContainsKey(id) => Store(() => UserLinks[user] = id),
                ("api", "GET", ["v2", "bot", "richmenu", "list"]) => (200, List()),
                ("api", "GET", ["v2", "bot", "richmenu", "alias", "list"]) => (200, new JsonObject
                {
                    ["aliases"] = new JsonArray(Aliases.Select(a => (JsonNode)new JsonObject { ["richMenuAliasId"] = a.Key, ["richMenuId"] = a.Value }).ToArray()),
                }.ToJsonString()),
                ("api", "POST", ["v2", "bot", "richmenu", "alias"]) when r.Json is { } a && !Aliases.ContainsKey((string)a["richMenuAliasId"]!) =>
                    Store(() => Aliases[(string)a["richMenuAliasId"]!] = (string)a["richMenuId"]!),
                ("api", "POST", ["v2", "bot", "richmenu", "alias", var alias]) when Aliases.ContainsKey(alias) => Store(() => Aliases[alias] = (string)r.Json!["richMenuId"]!),
                ("api", "DELETE", ["v2", "bot", "richmenu", var id]) when Menus.Remove(id) => Store(() => Images.Remove(id)),
                _ => (404, """{"message":"Not found"}"""),
            };
        }
    }

    private (int, string) Create(RecordedRequest r)
    {
        var id = $"richmenu-{++nextId:x32}";
        Menus[id] = r.Json!.AsObject();
        return (200, new JsonObject { ["richMenuId"] = id }.ToJsonString());
    }

    private string List() => new JsonObject
    {
        ["richmenus"] = new JsonArray(Menus.Select(m =>
        {
            var copy = m.Value.DeepClone().AsObject();
            copy["richMenuId"] = m.Key;
            return (JsonNode)copy;
        }).ToArray()),
    }.ToJsonString();

    private static (int, string) Store(Action change)
    {
        change();
        return (200, "{}");
    }

    private static async Task Answer(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
