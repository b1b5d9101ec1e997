using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Tests.Fakes;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// A Teams user in a 1:1 chat: each turn is an activity posted to the bot's <c>/api/messages</c> with a Bot Connector
/// token the fake connector's key signs; a pressed button comes back as a messageBack <c>value</c>. What the bot
/// posts to this conversation on the fake connector (replies and proactive messages) is read in arrival order.
/// </summary>
public sealed class TeamsResident(TranscriptHosts hosts, Transcript transcript) : ChatResident("Teams", transcript)
{
    private readonly string _aad = Guid.NewGuid().ToString();
    private int _read;

    private string ConversationId => $"a:conv-{_aad}";

    protected override Task<IReadOnlyList<ChatMessage>> SendTextAsync(string text) => PostAsync(text, null);

    protected override Task<IReadOnlyList<ChatMessage>> SendActionAsync(string action, string label) =>
        PostAsync(label, JsonSerializer.SerializeToElement(new { action }));

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

    private async Task<IReadOnlyList<ChatMessage>> PostAsync(string? text, JsonElement? value)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = hosts.Connector.ServiceUrl.AbsoluteUri,
            ChannelId = "msteams",
            From = new ChannelAccount("29:" + _aad, "住民", _aad),
            Recipient = new ChannelAccount("28:" + FakeBotConnector.ClientId, "マイナポータル"),
            Conversation = new ConversationAccount(ConversationId, "tenant-1", "personal"),
            ChannelData = new TeamsChannelData(new TenantInfo("tenant-1")),
            Text = text,
            Value = value,
            Locale = "ja-JP",
        };
        using var client = hosts.Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ActivityJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization",
            "Bearer " + TokenFactory.Create(hosts.Connector.Key.SecurityKey, FakeBotConnector.ClientId, activity.ServiceUrl));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TakeNew();
    }

    private List<ChatMessage> TakeNew()
    {
        var mine = hosts.Connector.Posted.Where(p => p.ConversationId == ConversationId).ToList();
        var news = mine.Skip(_read).Select(p => Read(p.Body)).ToList();
        _read = mine.Count;
        return news;
    }

    private static ChatMessage Read(JsonNode activity)
    {
        var text = activity["text"]?.GetValue<string>() ?? "";
        if (activity["suggestedActions"]?["actions"] is JsonArray suggested)
        {
            return new ChatMessage("choices", text, [.. suggested.Select(a =>
                new ChatChoice(a!["title"]!.GetValue<string>(), a["value"]!["action"]!.GetValue<string>(), null))], null, []);
        }
        var cards = activity["attachments"] is JsonArray attachments ? attachments.Select(a => a!["content"]!).ToList() : [];
        if (activity["attachmentLayout"]?.GetValue<string>() == "carousel")
        {
            return new ChatMessage("cards", text, [], null, [.. cards.Select(Card)]);
        }
        if (cards.Count == 1 && cards[0]["body"]![0]!["type"]!.GetValue<string>() == "Image")
        {
            return new ChatMessage("image", "", [], null, []);
        }
        if (cards.Count == 1 && Buttons(cards[0]) is [{ Url: not null } link])
        {
            return new ChatMessage("link", cards[0]["body"]![0]!["text"]!.GetValue<string>(), [], link, []);
        }
        return ChatMessage.Plain(text);
    }

    private static ChatCard Card(JsonNode card)
    {
        var body = card["body"]!.AsArray();
        var facts = body.Where(b => b!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray())
            .Select(f => new ChatCardField(f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()));
        return new ChatCard(body[0]!["text"]!.GetValue<string>(), [.. facts], Buttons(card));
    }

    private static List<ChatChoice> Buttons(JsonNode card) => card["actions"] is JsonArray actions
        ? [.. actions.Select(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl"
            ? new ChatChoice(a["title"]!.GetValue<string>(), null, new Uri(a["url"]!.GetValue<string>()))
            : new ChatChoice(a["title"]!.GetValue<string>(), a["data"]!["action"]!.GetValue<string>(), null))]
        : [];
}
