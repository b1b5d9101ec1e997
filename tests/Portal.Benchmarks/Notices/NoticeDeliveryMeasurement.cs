using System.Diagnostics;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Storage;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// Sends one notice and drains its fan-out, counting the store's writes (per container, at the SDK's pipeline) and the
/// delivery's queue messages, and timing the send and publish-to-last-push. One notice at a time, nothing else running.
/// </summary>
public sealed class NoticeDeliveryMeasurement(NoticeBenchmarkStack stack, FanOutDrainer drainer)
{
    private static readonly string Notices = PortalContainers.Notices.Name;

    /// <param name="send">Sends the notice (and publishes it at once, as a send of a notice published now does).</param>
    public async Task<NoticeDelivery> MeasureAsync(string audience, int residents, Func<Task> send)
    {
        stack.Writes.Reset();
        stack.Pushes.Reset();
        var started = Stopwatch.GetTimestamp();
        await send();
        var sendMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var noticeWrites = stack.Writes.Of(Notices);
        var fanOut = await drainer.DrainAsync(CancellationToken.None);
        var lastPush = stack.Pushes.LastPushedAt;
        var publishToLast = lastPush == 0 ? double.NaN : Stopwatch.GetElapsedTime(started, lastPush).TotalMilliseconds;
        var all = stack.Writes.Snapshot();
        var others = string.Join(", ", all.Where(w => w.Key != Notices).OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"));
        return new NoticeDelivery(audience, residents, noticeWrites, all.GetValueOrDefault(Notices) - noticeWrites,
            others.Length == 0 ? "none" : others, fanOut.Messages, stack.Pushes.Pages, stack.Pushes.Recipients, sendMs, publishToLast, fanOut);
    }
}
