using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Functions.Tests.Login;

/// <summary>One web chat user (a cookie) as the page talks to the bot: post a turn, read what arrives later.</summary>
public sealed class WebChatBrowser(HttpClient client) : IDisposable
{
    private long _seen;

    public HttpClient Client => client;

    public static async Task<WebChatBrowser> OpenAsync(HttpClient client)
    {
        Assert.True((await client.GetAsync("/api/webchat")).IsSuccessStatusCode);
        return new WebChatBrowser(client);
    }

    /// <summary>Posts as the page does and returns the bot's messages of that turn.</summary>
    public async Task<IReadOnlyList<JsonElement>> SayAsync(object message)
    {
        var response = await client.PostAsJsonAsync("/api/webchat/messages", message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return Bot(JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>Reads the stream (long polls) until a bot message matches; returns the bot's messages read so far.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(Func<JsonElement, bool> matching, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        List<JsonElement> arrived = [];
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var cancel = new CancellationTokenSource(deadline - DateTimeOffset.UtcNow);
            try
            {
                var page = await client.GetFromJsonAsync<JsonElement>($"/api/webchat/messages?after={_seen}", cancel.Token);
                arrived.AddRange(Bot(page));
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (arrived.Any(matching))
            {
                return arrived;
            }
        }
        throw new TimeoutException($"Nothing matching arrived; got: {string.Join(" | ", arrived.Select(Text))}");
    }

    public static string Text(JsonElement message) =>
        message.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    public static string Kind(JsonElement message) => message.GetProperty("kind").GetString()!;

    /// <summary>The action of the choice labelled <paramref name="label"/> among the messages.</summary>
    public static string Action(IEnumerable<JsonElement> messages, string label) => messages
        .Where(m => Kind(m) == "choices").SelectMany(m => m.GetProperty("choices").EnumerateArray())
        .First(c => c.GetProperty("label").GetString() == label).GetProperty("action").GetString()!;

    private List<JsonElement> Bot(JsonElement page)
    {
        var entries = page.GetProperty("entries").EnumerateArray().ToList();
        if (entries.Count > 0)
        {
            _seen = Math.Max(_seen, entries.Max(e => e.GetProperty("seq").GetInt64()));
        }
        return [.. entries.Where(e => e.GetProperty("from").GetString() == "bot").Select(e => e.GetProperty("message"))];
    }

    public void Dispose() => client.Dispose();
}
