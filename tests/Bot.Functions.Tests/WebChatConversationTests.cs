using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Functions.Tests;

/// <summary>The web chat with the real conversation engine and the real portal behind it, as run.sh serves it.</summary>
public sealed class WebChatConversationTests(BotWithPortal hosts) : IClassFixture<BotWithPortal>
{
    [Fact]
    public async Task AResidentFindsChildAllowanceInArakawaThroughTheWebChat()
    {
        using var browser = hosts.Bot.CreateClient();
        Assert.True((await browser.GetAsync("/api/webchat")).IsSuccessStatusCode);

        var menu = await SayAsync(browser, new { text = "こんにちは" });
        Assert.Contains(menu, m => m.GetProperty("kind").GetString() == "choices"
            && m.GetProperty("choices").EnumerateArray().Any(c => c.GetProperty("label").GetString() == "さがす"));
        var search = menu.Single(m => m.GetProperty("kind").GetString() == "choices").GetProperty("choices").EnumerateArray()
            .Single(c => c.GetProperty("label").GetString() == "さがす").GetProperty("action").GetString();

        var askPlace = await SayAsync(browser, new { action = search, label = "さがす" });
        Assert.Contains(askPlace, m => Text(m).Contains("市区町村", StringComparison.Ordinal));
        var placeSet = await SayAsync(browser, new { text = "あらかわ" });
        Assert.Contains(placeSet, m => Text(m).Contains("荒川区", StringComparison.Ordinal));
        var results = await SayAsync(browser, new { text = "児童手当" });

        var cards = results.Single(m => m.GetProperty("kind").GetString() == "cards").GetProperty("cards").EnumerateArray().ToList();
        var childAllowance = cards.Single(c => c.GetProperty("title").GetString() == "児童手当の認定請求");
        Assert.Equal(["詳しく", "申請する"], childAllowance.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
    }

    /// <summary>Posts as the page does and returns the bot's messages of that turn.</summary>
    private static async Task<IReadOnlyList<JsonElement>> SayAsync(HttpClient browser, object message)
    {
        var response = await browser.PostAsJsonAsync("/api/webchat/messages", message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return [.. JsonSerializer.Deserialize<JsonElement>(text).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("from").GetString() == "bot")
            .Select(e => e.GetProperty("message"))];
    }

    private static string Text(JsonElement message) =>
        message.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
}
