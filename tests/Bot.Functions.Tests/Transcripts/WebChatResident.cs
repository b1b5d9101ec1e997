using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// A web chat user (a browser with its cookie) as the page talks: <c>POST /api/webchat/messages</c> for a turn, the
/// long-polled stream <c>GET /api/webchat/messages?after=</c> for what the bot sends later.
/// </summary>
public sealed class WebChatResident : ChatResident, IDisposable
{
    private readonly HttpClient _client;
    private long _seen;

    private WebChatResident(HttpClient client, Transcript transcript) : base("Web", transcript) => _client = client;

    public static async Task<WebChatResident> OpenAsync(TranscriptHosts hosts, Transcript transcript)
    {
        var client = hosts.Bot.CreateClient();
        Assert.True((await client.GetAsync("/api/webchat")).IsSuccessStatusCode);
        return new WebChatResident(client, transcript);
    }

    protected override Task<IReadOnlyList<ChatMessage>> SendTextAsync(string text) => PostAsync(new { text });

    protected override Task<IReadOnlyList<ChatMessage>> SendActionAsync(string action, string label) => PostAsync(new { action, label });

    protected override async Task<IReadOnlyList<ChatMessage>> ReadLaterAsync(TimeSpan wait)
    {
        using var cancel = new CancellationTokenSource(wait);
        try
        {
            return Bot(await _client.GetFromJsonAsync<JsonElement>($"/api/webchat/messages?after={_seen}", cancel.Token));
        }
        catch (OperationCanceledException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<ChatMessage>> PostAsync(object message)
    {
        using var response = await _client.PostAsJsonAsync("/api/webchat/messages", message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return Bot(JsonSerializer.Deserialize<JsonElement>(text));
    }

    private List<ChatMessage> Bot(JsonElement page)
    {
        var entries = page.GetProperty("entries").EnumerateArray().ToList();
        // The turn's answer and the stream overlap: an entry already read is not read again.
        var fresh = entries.Where(e => e.GetProperty("seq").GetInt64() > _seen).ToList();
        if (entries.Count > 0)
        {
            _seen = Math.Max(_seen, entries.Max(e => e.GetProperty("seq").GetInt64()));
        }
        return [.. fresh.Where(e => e.GetProperty("from").GetString() == "bot").Select(e => Read(e.GetProperty("message")))];
    }

    private static ChatMessage Read(JsonElement message)
    {
        var text = String(message, "text") ?? "";
        return message.GetProperty("kind").GetString() switch
        {
            "choices" => new ChatMessage("choices", text, [.. message.GetProperty("choices").EnumerateArray()
                .Select(c => new ChatChoice(String(c, "label")!, String(c, "action"), null))], null, []),
            "link" => new ChatMessage("link", text, [], new ChatChoice(String(message, "label")!, null, new Uri(String(message, "url")!)), []),
            "cards" => new ChatMessage("cards", String(message, "altText") ?? "", [], null, [.. message.GetProperty("cards").EnumerateArray()
                .Select(c => new ChatCard(String(c, "title")!,
                    [.. c.GetProperty("fields").EnumerateArray().Select(f => new ChatCardField(String(f, "label")!, String(f, "value")!))],
                    [.. c.GetProperty("buttons").EnumerateArray().Select(b => new ChatChoice(String(b, "label")!, String(b, "action"),
                        String(b, "link") is { } link ? new Uri(link) : null))]))]),
            "image" => new ChatMessage("image", "", [], null, []),
            _ => ChatMessage.Plain(text),
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _client.Dispose();
}
