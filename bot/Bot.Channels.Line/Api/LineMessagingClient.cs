using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Channels.Line.Hosting;
using Bot.Channels.Line.Rendering;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Line.Api;

/// <summary>
/// The two Messaging API calls the bot makes. The HttpClient's base address is <c>Bot:Line:ApiBaseUrl</c> and its
/// handler retries 429/5xx with backoff (see <see cref="LineServiceCollectionExtensions"/>); the retried request is
/// the same message, so a push keeps its <c>X-Line-Retry-Key</c> across attempts and LINE delivers it once.
/// </summary>
public sealed class LineMessagingClient(HttpClient http, IOptions<LineOptions> options)
{
    public const string RetryKeyHeader = "X-Line-Retry-Key";

    /// <summary>LINE's answer header on a 409 to a retry key it already accepted.</summary>
    public const string AcceptedRequestIdHeader = "X-Line-Accepted-Request-Id";

    public async Task ReplyAsync(string replyToken, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken)
    {
        using var request = Post("v2/bot/message/reply", new JsonObject { ["replyToken"] = replyToken, ["messages"] = Array(messages) });
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new LineApiException("reply", response.StatusCode);
        }
    }

    /// <param name="retryKey">Unique per push: the same key on a resend means "the same push", delivered once.</param>
    public async Task PushAsync(string userId, IReadOnlyList<JsonObject> messages, Guid retryKey, CancellationToken cancellationToken)
    {
        using var request = Post("v2/bot/message/push", new JsonObject { ["to"] = userId, ["messages"] = Array(messages) });
        request.Headers.Add(RetryKeyHeader, retryKey.ToString());
        using var response = await http.SendAsync(request, cancellationToken);
        var alreadyAccepted = response.StatusCode == HttpStatusCode.Conflict && response.Headers.Contains(AcceptedRequestIdHeader);
        if (!response.IsSuccessStatusCode && !alreadyAccepted)
        {
            throw new LineApiException("push", response.StatusCode);
        }
    }

    private HttpRequestMessage Post(string path, JsonObject body) => new(HttpMethod.Post, path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ChannelAccessToken) },
        Content = JsonContent.Create(body),
    };

    private static JsonArray Array(IReadOnlyList<JsonObject> messages)
    {
        if (messages.Count is 0 or > LineLimits.MessagesPerRequest)
        {
            throw new ArgumentException($"One request carries 1 to {LineLimits.MessagesPerRequest} messages.", nameof(messages));
        }

        // Deep copies: a node belongs to one parent, and the caller's list stays usable.
        return new JsonArray(messages.Select(m => m.DeepClone()).ToArray());
    }
}
