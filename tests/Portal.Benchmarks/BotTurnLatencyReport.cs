using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>
/// The chatbot's turn latency on the real local stack: a web chat post through the bot's local host (request in →
/// response with the replies, which is "reply sent" for the web chat), split into the time spent waiting on the portal
/// (measured in front of the real portal, per call, attributed to its turn) and the rest, the bot's own work including
/// its state read + write and stream appends in its own Cosmos database. Residents (each its own cookie) follow a
/// realistic script, ten at a time interleaved step by step; one request at a time: latency, not throughput.
/// </summary>
public static class BotTurnLatencyReport
{
    public const int DefaultCount = 300;
    private const int WarmUpResidents = 5;
    private const int Interleaved = 10;

    private const string RetiredProcedure = "retired-procedure";

    /// <summary>One resident's turns, in order: each post from what the bot answered before, each checked.</summary>
    private static readonly TurnKind[] Script =
    [
        new("greeting (menu)", _ => new { text = "こんにちは" },
            replies => Choice(replies, "さがす") is not null),
        new("さがす (button)", previous => new { action = Choice(previous, "さがす"), label = "さがす" },
            replies => replies.Any(m => Text(m).Contains("市区町村", StringComparison.Ordinal))),
        new("あらかわ (local government)", _ => new { text = "あらかわ" },
            replies => replies.Any(m => Text(m).Contains("荒川区", StringComparison.Ordinal))),
        new("児童手当 (search)", _ => new { text = "児童手当" },
            replies => DetailAction(replies) is not null),
        new("詳しく (detail)", previous => new { action = DetailAction(previous), label = "詳しく" },
            replies => replies.Any(m => m.ToString().Contains("児童手当の認定請求", StringComparison.Ordinal))),
        new("stale button (retired procedure)", _ => new { action = $"v1:search:detail:{RetiredProcedure}", label = "詳しく" },
            replies => replies.Any(m => Text(m).Contains("古くなった", StringComparison.Ordinal))),
        // Logged in from here (untimed, before this turn): a draft is created, then each answer is checked by the
        // portal's validator and saved into the draft, and the last-used channel is recorded.
        new("申請する (logged in: draft created)", _ => new { action = $"v1:search:apply:{TestCatalog.ChildAllowance}", label = "申請する" },
            replies => replies.Any(m => Text(m).Contains("氏名を入力してください", StringComparison.Ordinal)), LogsIn: true),
        new("answer 氏名 (validated, saved)", _ => new { text = "山田 太郎" },
            replies => replies.Any(m => Text(m).Contains("フリガナ", StringComparison.Ordinal))),
        new("answer フリガナ (refused: not katakana)", _ => new { text = "やまだ たろう" },
            replies => replies.Any(m => Text(m).Contains("カタカナ", StringComparison.Ordinal))),
        new("answer フリガナ (validated, saved)", _ => new { text = "ヤマダ タロウ" },
            replies => replies.Any(m => Text(m).Contains("生年月日", StringComparison.Ordinal))),
        new("answer 生年月日 (和暦)", _ => new { text = "昭和60年4月1日" },
            replies => replies.Any(m => Text(m).Contains("郵便番号", StringComparison.Ordinal))),
    ];

    public static async Task RunAsync(int count)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var started = Stopwatch.GetTimestamp();
        await using var stack = await BotBenchmarkStack.StartAsync();
        var residents = (count + Script.Length - 1) / Script.Length;
        Console.WriteLine($"Bot and portal hosts, local stack and fresh databases ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s; " +
            $"{WarmUpResidents} warm-up residents ({WarmUpResidents * Script.Length} turns), then {count} measured turns " +
            $"({residents} residents × {Script.Length} turns, {Interleaved} at a time interleaved)");

        await RunResidentsAsync(stack, WarmUpResidents, count: int.MaxValue, samples: null);
        var samples = new List<TurnSample>(count);
        await RunResidentsAsync(stack, residents, count, samples);
        if (stack.PortalCalls.UnattributedCalls > 0)
        {
            throw new InvalidOperationException($"{stack.PortalCalls.UnattributedCalls} portal calls were not attributed to a turn: the split is not trustworthy.");
        }

        Console.WriteLine();
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; " +
            $"load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after (other work on the machine shows in the tail). " +
            "Bot and portal local hosts in this process (TestServer, no sockets), against the local Cosmos-protocol server on the same " +
            "machine (infra/local), one request at a time. Total = POST /api/webchat/messages in → response with the replies; portal = " +
            "time inside the bot's portal calls (the portal's whole answer, body included); bot-only = total − portal, which includes " +
            "the bot's own storage: the conversation state read + ETag replace, the web chat stream appends and, once logged in, the " +
            "last-used channel. Hosts log warnings only.");
        Console.WriteLine();
        Console.WriteLine("| Turn | n | portal calls | measure (ms) | mean | p50 | p90 | p99 | max |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var kind in Script)
        {
            Rows(kind.Name, samples.Where(s => s.Kind == kind).ToList());
        }
        Rows("**all turns**", samples);
        var botOnlyP99 = Percentiles.Of(samples.Select(s => s.BotOnly).ToList(), 0.99);
        Console.WriteLine();
        Console.WriteLine($"Bot-only p99 over all turns: {botOnlyP99:F1} ms — goal under 100 ms: {(botOnlyP99 < 100 ? "met" : "NOT met")}.");
    }

    /// <param name="samples">Where to add the timed turns; null for the warm-up.</param>
    private static async Task RunResidentsAsync(BotBenchmarkStack stack, int residents, int count, List<TurnSample>? samples)
    {
        var taken = 0;
        for (var first = 0; first < residents; first += Interleaved)
        {
            var browsers = Enumerable.Range(0, Math.Min(Interleaved, residents - first)).Select(_ => stack.NewResident()).ToList();
            var previous = browsers.Select(_ => (IReadOnlyList<JsonElement>)[]).ToArray();
            foreach (var kind in Script)
            {
                for (var i = 0; i < browsers.Count; i++)
                {
                    if (kind.LogsIn)
                    {
                        await stack.LogInAsync(browsers[i].User);
                    }
                    var (replies, sample) = await TurnAsync(stack, browsers[i].Browser, kind, previous[i]);
                    previous[i] = replies;
                    if (samples is not null && taken++ < count)
                    {
                        samples.Add(sample);
                    }
                }
            }
            browsers.ForEach(b => b.Dispose());
        }
    }

    private static async Task<(IReadOnlyList<JsonElement> Replies, TurnSample Sample)> TurnAsync(
        BotBenchmarkStack stack, HttpClient browser, TurnKind kind, IReadOnlyList<JsonElement> previous)
    {
        var body = JsonContent.Create(kind.Post(previous));
        await body.LoadIntoBufferAsync();
        var portal = stack.PortalCalls.BeginTurn();
        string text;
        HttpResponseMessage response;
        var start = Stopwatch.GetTimestamp();
        try
        {
            response = await browser.PostAsync("/api/webchat/messages", body);
            text = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            stack.PortalCalls.EndTurn();
        }
        var total = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{kind.Name}: {(int)response.StatusCode} {text}");
        }
        IReadOnlyList<JsonElement> replies = [.. JsonSerializer.Deserialize<JsonElement>(text).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("from").GetString() == "bot")
            .Select(e => e.GetProperty("message").Clone())];
        if (!kind.Expected(replies))
        {
            throw new InvalidOperationException($"{kind.Name}: the bot did not answer as expected: {text}");
        }
        var portalMs = portal.Elapsed.TotalMilliseconds;
        return (replies, new TurnSample(kind, total, portalMs, total - portalMs, portal.Calls));
    }

    private static void Rows(string name, List<TurnSample> samples)
    {
        var calls = samples.Average(s => s.PortalCalls);
        Row($"{name}", samples.Count, $"{calls:0.##}", "total", [.. samples.Select(s => s.Total)]);
        Row("", samples.Count, "", "portal", [.. samples.Select(s => s.Portal)]);
        Row("", samples.Count, "", "**bot-only**", [.. samples.Select(s => s.BotOnly)]);
    }

    private static void Row(string name, int n, string calls, string measure, List<double> values) =>
        Console.WriteLine($"| {name} | {n} | {calls} | {measure} | {values.Average():F1} | {Percentiles.Of(values, 0.50):F1} | " +
            $"{Percentiles.Of(values, 0.90):F1} | {Percentiles.Of(values, 0.99):F1} | {values.Max():F1} |");

    private static string? Choice(IReadOnlyList<JsonElement> replies, string label) => replies
        .Where(m => m.GetProperty("kind").GetString() == "choices")
        .SelectMany(m => m.GetProperty("choices").EnumerateArray())
        .FirstOrDefault(c => c.GetProperty("label").GetString() == label) is { ValueKind: JsonValueKind.Object } choice
            ? choice.GetProperty("action").GetString()
            : null;

    /// <summary>The 詳しく button of 児童手当の認定請求 among the search's cards.</summary>
    private static string? DetailAction(IReadOnlyList<JsonElement> replies) => replies
        .Where(m => m.GetProperty("kind").GetString() == "cards")
        .SelectMany(m => m.GetProperty("cards").EnumerateArray())
        .Where(c => c.GetProperty("title").GetString() == "児童手当の認定請求")
        .SelectMany(c => c.GetProperty("buttons").EnumerateArray())
        .FirstOrDefault(b => b.GetProperty("label").GetString() == "詳しく") is { ValueKind: JsonValueKind.Object } button
            ? button.GetProperty("action").GetString()
            : null;

    private static string Text(JsonElement message) =>
        message.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";




    /// <summary>A kind of turn: what to post given the previous replies, and how to tell the bot answered it.</summary>
    /// <param name="LogsIn">Log the resident in (untimed) before this turn.</param>
    private sealed record TurnKind(
        string Name, Func<IReadOnlyList<JsonElement>, object> Post, Func<IReadOnlyList<JsonElement>, bool> Expected, bool LogsIn = false);

    private sealed record TurnSample(TurnKind Kind, double Total, double Portal, double BotOnly, int PortalCalls);
}
