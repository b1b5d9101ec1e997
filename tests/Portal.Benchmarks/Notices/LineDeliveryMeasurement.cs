using System.Diagnostics;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// Sends one notice and runs both sides at once, as deployed: the portal's fan-out (<see cref="FanOutDrainer"/>) puts
/// pages on the chatbot's queue while the bot (<see cref="PushPageDrainer"/>) takes them off and multicasts to the fake
/// LINE API; measured when both have drained. One notice at a time, nothing else running.
/// </summary>
public sealed class LineDeliveryMeasurement(
    NoticeBenchmarkStack stack, FanOutDrainer fanOut, PushPageDrainer bot, FakeLineMulticastApi line, IReadOnlyDictionary<string, string> accountOf)
{
    /// <param name="send">Sends the notice (and publishes it at once, as a send of a notice published now does).</param>
    public async Task<LineDelivery> MeasureAsync(Func<Task> send)
    {
        line.Reset();
        stack.Pushes.Reset();
        var published = Stopwatch.GetTimestamp();
        await send();
        var fanningOut = fanOut.DrainAsync(CancellationToken.None);
        var pushed = await bot.DrainAsync(fanningOut, CancellationToken.None);

        var calls = line.Delivered.OrderBy(c => c.At).ToList();
        var users = calls.SelectMany(c => c.Recipients).ToList();
        var distinct = users.Distinct(StringComparer.Ordinal).ToList();
        return new LineDelivery(accountOf.Count, line.PerSecond, published, stack.Pushes.Pages, stack.Pushes.FirstPushedAt, stack.Pushes.LastPushedAt, pushed,
            [.. calls.Select(c => c.At)], users.Count, distinct.Count, distinct.Count(u => !accountOf.ContainsKey(u)),
            line.RateLimited, line.AlreadyAccepted);
    }
}
