using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Channels.Line.Tests.Fakes;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// A LINE user: each turn is a webhook delivery signed with the channel secret, posted to the bot's
/// <c>/api/line/webhook</c>; what the bot answers (replies with this user's reply tokens, pushes to this user) is
/// read from the fake LINE API in the order it arrived (multicasts naming this user among them).
/// </summary>
public sealed class LineResident(TranscriptHosts hosts, Transcript transcript) : ChatResident("LINE", transcript)
{
    private readonly HashSet<string> _replyTokens = [];
    private int _read;

    public string UserId { get; } = $"U{Guid.NewGuid():N}";

    protected override Task<IReadOnlyList<ChatMessage>> SendTextAsync(string text) =>
        DeliverAsync("message", ("message", new JsonObject { ["type"] = "text", ["id"] = NewId(), ["text"] = text }));

    protected override Task<IReadOnlyList<ChatMessage>> SendActionAsync(string action, string label) =>
        DeliverAsync("postback", ("postback", new JsonObject { ["data"] = action }));

    protected override async Task<IReadOnlyList<ChatMessage>> ReadLaterAsync(TimeSpan wait)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var news = TakeNew();
            if (news.Count > 0 || DateTimeOffset.UtcNow >= deadline)
            {
                return news;
            }
            await Task.Delay(100);
        }
    }

    private async Task<IReadOnlyList<ChatMessage>> DeliverAsync(string type, (string Name, JsonNode Value) content)
    {
        var token = $"rt-{Guid.NewGuid():N}";
        lock (_replyTokens)
        {
            _replyTokens.Add(token);
        }
        var e = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = UserId },
            ["webhookEventId"] = $"01H{Guid.NewGuid():N}".ToUpperInvariant(),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
            ["replyToken"] = token,
            [content.Name] = content.Value,
        };
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["destination"] = "Ubot", ["events"] = new JsonArray(e) }.ToJsonString());
        using var client = hosts.Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Line-Signature",
            Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(TranscriptHosts.LineSecret), body)));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TakeNew();
    }

    /// <summary>This user's delivered replies and pushes not read yet, in arrival order.</summary>
    private List<ChatMessage> TakeNew()
    {
        var requests = hosts.Line.Requests;
        List<ChatMessage> news = [];
        for (; _read < requests.Count; _read++)
        {
            var request = requests[_read];
            if (request.Accepted && IsMine(request))
            {
                news.AddRange(request.Messages.Select(Read));
            }
        }
        return news;
    }

    private bool IsMine(LineApiRequest request)
    {
        if (request.Path == "/v2/bot/message/push")
        {
            return request.Body["to"]?.GetValue<string>() == UserId;
        }
        if (request.Path == "/v2/bot/message/multicast")
        {
            // A notice's push reaches this user among others.
            return request.Body["to"] is JsonArray to && to.Any(u => u?.GetValue<string>() == UserId);
        }
        lock (_replyTokens)
        {
            return request.Body["replyToken"]?.GetValue<string>() is { } token && _replyTokens.Contains(token);
        }
    }

    private static ChatMessage Read(JsonObject message)
    {
        switch (message["type"]!.GetValue<string>())
        {
            case "text":
                var text = message["text"]!.GetValue<string>();
                return message["quickReply"]?["items"] is JsonArray items
                    ? new ChatMessage("choices", text, [.. items.Select(i => Action(i!["action"]!))], null, [])
                    : ChatMessage.Plain(text);
            case "flex":
                var contents = message["contents"]!;
                if (contents["type"]!.GetValue<string>() == "carousel")
                {
                    return new ChatMessage("cards", message["altText"]!.GetValue<string>(), [], null,
                        [.. contents["contents"]!.AsArray().Select(b => Card(b!))]);
                }
                var linkText = contents["body"]!["contents"]![0]!["text"]!.GetValue<string>();
                return new ChatMessage("link", linkText, [], Buttons(contents).Single(), []);
            case "image":
                return new ChatMessage("image", "", [], null, []);
            default:
                return ChatMessage.Plain(message.ToJsonString());
        }
    }

    private static ChatCard Card(JsonNode bubble)
    {
        var body = bubble["body"]!["contents"]!.AsArray();
        var title = body[0]!["text"]!.GetValue<string>();
        var fields = body.Where(n => n!["type"]!.GetValue<string>() == "box")
            .Select(row => new ChatCardField(row!["contents"]![0]!["text"]!.GetValue<string>(), row["contents"]![1]!["text"]!.GetValue<string>()));
        return new ChatCard(title, [.. fields], Buttons(bubble));
    }

    private static List<ChatChoice> Buttons(JsonNode bubble) =>
        bubble["footer"]?["contents"] is JsonArray buttons ? [.. buttons.Select(b => Action(b!["action"]!))] : [];

    private static ChatChoice Action(JsonNode action) => action["type"]!.GetValue<string>() == "uri"
        ? new ChatChoice(action["label"]!.GetValue<string>(), null, new Uri(action["uri"]!.GetValue<string>()))
        : new ChatChoice(action["label"]!.GetValue<string>(), action["data"]!.GetValue<string>(), null);

    private static string NewId() => Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
