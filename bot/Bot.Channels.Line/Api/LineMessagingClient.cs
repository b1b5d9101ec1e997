using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Channels.Line.Hosting;
using Bot.Channels.Line.Rendering;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Line.Api;

/// <summary>
/// The Messaging API calls the bot makes (reply, push, multicast). The HttpClient's base address is <c>Bot:Line:ApiBaseUrl</c> and its
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
        ThrowUnlessDelivered("push", response);
    }

    /// <summary>
    /// The same messages to up to <see cref="LineLimits.MulticastRecipients"/> users. Each attempt waits for this
    /// instance's share of the channel's multicast limit (<see cref="LineMulticastLimitHandler"/>); a 429 or 5xx is
    /// retried with the same key, and a 409 for a key LINE already accepted counts as delivered.
    /// </summary>
    /// <param name="retryKey">Stable per batch (<see cref="LineRetryKeys"/>), so a batch sent again is delivered once.</param>
    public async Task MulticastAsync(
        IReadOnlyList<string> userIds, IReadOnlyList<JsonObject> messages, Guid retryKey, CancellationToken cancellationToken)
    {
        if (userIds.Count is 0 or > LineLimits.MulticastRecipients)
        {
            throw new ArgumentException($"One multicast reaches 1 to {LineLimits.MulticastRecipients} users.", nameof(userIds));
        }
        var to = new JsonArray(userIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
        using var request = Post("v2/bot/message/multicast", new JsonObject { ["to"] = to, ["messages"] = Array(messages) });
        request.Headers.Add(RetryKeyHeader, retryKey.ToString());
        request.Options.Set(LineMulticastLimitHandler.Multicast, true);
        using var response = await http.SendAsync(request, cancellationToken);
        ThrowUnlessDelivered("multicast", response);
    }

    private static void ThrowUnlessDelivered(string operation, HttpResponseMessage response)
    {
        var alreadyAccepted = response.StatusCode == HttpStatusCode.Conflict && response.Headers.Contains(AcceptedRequestIdHeader);
        if (!response.IsSuccessStatusCode && !alreadyAccepted)
        {
            throw new LineApiException(operation, response.StatusCode);
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
