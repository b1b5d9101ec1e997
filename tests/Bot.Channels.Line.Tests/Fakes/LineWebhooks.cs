using System.Text;
using System.Text.Json.Nodes;
using Bot.Channels.Line.Webhook;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>Webhook bodies as LINE sends them, and their signatures with the test secret.</summary>
public static class LineWebhooks
{
    public const string UserId = "U4af4980629a1b2c3d4e5f6a7b8c9d0e1";

    public static JsonObject TextEvent(string eventId, string text, string replyToken = "reply-token-1", bool redelivery = false) =>
        Event("message", eventId, replyToken, redelivery, ("message", new JsonObject { ["type"] = "text", ["id"] = "4680", ["text"] = text }));

    public static JsonObject PostbackEvent(string eventId, string data, JsonObject? parameters = null)
    {
        var postback = new JsonObject { ["data"] = data };
        if (parameters is not null)
        {
            postback["params"] = parameters;
        }

        return Event("postback", eventId, "reply-token-pb", false, ("postback", postback));
    }

    public static JsonObject LifecycleEvent(string type, string eventId) =>
        Event(type, eventId, type == "follow" ? "reply-token-follow" : null, false);

    public static JsonObject StickerEvent(string eventId) =>
        Event("message", eventId, "reply-token-st", false, ("message", new JsonObject { ["type"] = "sticker", ["id"] = "1" }));

    public static JsonObject GroupTextEvent(string eventId, string text)
    {
        var e = TextEvent(eventId, text);
        e["source"] = new JsonObject { ["type"] = "group", ["groupId"] = "Cgroup", ["userId"] = UserId };
        return e;
    }

    public static byte[] Body(params JsonObject[] events) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["destination"] = "Ubot", ["events"] = new JsonArray(events) }.ToJsonString());

    public static string Sign(byte[] body) => LineSignature.Sign(LineChannelHarness.ChannelSecret, body);

    public static string NewEventId() => $"01H{Guid.NewGuid():N}".ToUpperInvariant();

    private static JsonObject Event(string type, string eventId, string? replyToken, bool redelivery, params (string Name, JsonNode Value)[] extra)
    {
        var e = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = 1_764_200_000_000,
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = UserId },
            ["webhookEventId"] = eventId,
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = redelivery },
        };
        if (replyToken is not null)
        {
            e["replyToken"] = replyToken;
        }

        foreach (var (name, value) in extra)
        {
            e[name] = value;
        }

        return e;
    }
}
