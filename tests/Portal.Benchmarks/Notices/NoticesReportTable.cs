using System.Globalization;
using Portal.Domain.Notices.Delivery;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The report's output: the machine and seeded sizes, one row per notice sent (writes, delivery messages, times), the
/// figures table (seeding, fan-out throughput, recipient query, inbox latency), and the extrapolation to 10 million
/// residents computed from the measured per-page cost.
/// </summary>
public sealed class NoticesReportTable(
    SeededResidents seeded, IReadOnlyList<NoticeDelivery> deliveries, IReadOnlyList<double> queryPages,
    int queryRecipients, InboxLatency inbox, string loadBefore)
{
    private const int TenMillion = 10_000_000;
    private const double InboxGoalMs = 50;

    /// <summary>LINE multicast's own limit in the reference table (notices.md, M): what the portal's pages feed.</summary>
    private const double LineMulticastPerSecond = 200;

    public void Print()
    {
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after " +
            "(2 cores shared with other builds: the tail shows it). Local Cosmos-protocol server (one node process, every query not " +
            "scoped to partition keys scans its whole container) and Azurite on the same machine. Seeded: " +
            $"{seeded.Count:N0} registered residents with card profiles over {SeedAreas.Count} bodies of {SeedAreas.PrefectureName} " +
            $"(~{seeded.Count / SeedAreas.Count:N0} each; ages 0–100 evenly), {InboxLatencyMeasurement.LiveNotices:N0} live notices " +
            "for the inbox resident's chain.");
        Console.WriteLine();
        PrintDeliveries();
        Console.WriteLine();
        PrintFigures();
        Console.WriteLine();
        PrintExtrapolation();
    }

    private void PrintDeliveries()
    {
        Console.WriteLine("| Notice to | residents in area | `notices` writes: send + publish | `notices` writes: fan-out | other writes | " +
            "fan-out messages | push pages | pushed | send (ms) | publish → last push (ms) | pages/s | per page mean / p99 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var d in deliveries)
        {
            var pages = d.FanOut.PageMilliseconds;
            var perPage = pages.Count == 0 ? "–" : $"{pages.Average():F1} / {Percentiles.Of([.. pages], 0.99):F1}";
            Console.WriteLine($"| {d.Audience} | {d.Residents:N0} | {d.NoticeWrites} | {d.FanOutNoticeWrites} | {d.OtherWrites} | " +
                $"{d.FanOutMessages} | {d.PushPages} | {d.Pushed:N0} | {d.SendMilliseconds:F0} | {d.PublishToLastPushMilliseconds:F0} | " +
                $"{PagesPerSecond(d):F1} | {perPage} |");
        }
    }

    private void PrintFigures()
    {
        var largest = Largest;
        Console.WriteLine("| Figure | Value | Goal |");
        Console.WriteLine("|---|---:|---|");
        Row("Seeding rate (accounts/s)", $"{seeded.PerSecond:F0} ({seeded.Concurrency} in flight, {seeded.Elapsed.TotalSeconds:F0} s)", "");
        Row("`notices` writes per notice (every audience)", string.Join(" / ", deliveries.Select(d => d.NoticeWrites + d.FanOutNoticeWrites).Distinct()),
            "constant (create + fan-out claim = 2)");
        Row($"Fan-out, {largest.Audience}: pages/s sustained", $"{PagesPerSecond(largest):F1}", $"≥ {LineMulticastPerSecond:F0}/s to keep LINE multicast busy");
        Row($"Fan-out, {largest.Audience}: recipients/s", $"{largest.Pushed / (largest.PublishToLastPushMilliseconds / 1000):F0}", "");
        Row($"Recipient query alone ({queryPages.Count} pages, {queryRecipients:N0} accounts): mean / p50 / p99 ms",
            $"{queryPages.Average():F1} / {Percentiles.Of([.. queryPages], 0.5):F1} / {Percentiles.Of([.. queryPages], 0.99):F1}", "");
        InboxRows(inbox);
    }

    /// <summary>The inbox figures alone (<c>--inbox-only</c>).</summary>
    public static void PrintInbox(InboxLatency inbox, string loadBefore)
    {
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after. " +
            "Inbox only: residents seeded, no notices sent or fanned out before it.");
        Console.WriteLine();
        Console.WriteLine("| Figure | Value | Goal |");
        Console.WriteLine("|---|---:|---|");
        InboxRows(inbox);
    }

    private static void InboxRows(InboxLatency inbox)
    {
        Row($"Inbox: live notices over the chain ({inbox.Partitions} partitions with the own one)", $"{inbox.LiveInChain:N0}", "1,000");
        Row($"Inbox list, first page ({inbox.FirstPageItems} items): p50 / p99 / max ms, n = {inbox.ListMilliseconds.Count}",
            Latency(inbox.ListMilliseconds), $"p99 < {InboxGoalMs:F0} ms");
        Row($"Inbox unread count: p50 / p99 / max ms, n = {inbox.UnreadMilliseconds.Count}", Latency(inbox.UnreadMilliseconds), $"p99 < {InboxGoalMs:F0} ms");
        Row("Inbox unread count (value)", inbox.More ? $"{inbox.Unread}+" : $"{inbox.Unread}", "99+ (10 opened)");
    }

    /// <summary>
    /// 10 million residents in one area: pages = residents / 500; time = pages × the measured mean time per page, for one
    /// instance and as if its pages were spread over instances (as far as its chains allow).
    /// </summary>
    private void PrintExtrapolation()
    {
        var largest = Largest;
        var perPageMs = largest.PublishToLastPushMilliseconds / Math.Max(1, largest.FanOutMessages);
        var pages = TenMillion / NoticeRecipientQuery.PageSize;
        string Time(int instances) => Duration(pages * perPageMs / instances);
        var lineSeconds = pages / LineMulticastPerSecond;
        Console.WriteLine("**Extrapolation to 10 million residents** (on paper, from the measured per-page cost). " +
            $"A notice to everyone in an area of {TenMillion:N0} residents stays **{largest.NoticeWrites + largest.FanOutNoticeWrites} writes** " +
            $"to `notices` (measured constant from 1 to {seeded.Count:N0} recipients); its delivery is {pages:N0} fan-out messages + " +
            $"{pages:N0} push pages on the queues (residents / {NoticeRecipientQuery.PageSize}). At the measured " +
            $"{perPageMs.ToString("F1", CultureInfo.InvariantCulture)} ms per page ({largest.Audience}), the fan-out takes " +
            $"{Time(1)} on one instance; spread over 10 instances {Time(10)}, over 100 {Time(100)}. One chain is serial (each page " +
            "queues the next with the store's continuation, after its own query), but a prefecture's notice runs one chain per " +
            "municipality and the country's one per prefecture (NoticeFanOutChains), so instances help up to the number of chains " +
            $"(here the drainer ran {FanOutDrainer.DefaultWorkers} messages at a time). LINE multicast at {LineMulticastPerSecond:F0} requests/s needs {Duration(lineSeconds * 1000)} " +
            $"for the same {pages:N0} pages, so the portal keeps up only below {1000 / LineMulticastPerSecond:F0} ms per page per chain. " +
            $"Caveat: the local server scans the whole `residents` container on every query (here {seeded.Count:N0} accounts), so its " +
            "per-page cost grows with the container and says little about Cosmos DB, where the ARRAY_CONTAINS query is served by the " +
            "index and costs per page returned; the figure to carry over is the count of pages and writes, the time is an upper bound " +
            "only at this size.");
    }

    private NoticeDelivery Largest => deliveries.MaxBy(d => d.FanOutMessages)!;

    private static double PagesPerSecond(NoticeDelivery d) =>
        d.FanOutMessages == 0 || double.IsNaN(d.PublishToLastPushMilliseconds) ? double.NaN : d.FanOutMessages / (d.PublishToLastPushMilliseconds / 1000);

    private static string Latency(IReadOnlyList<double> samples) =>
        $"{Percentiles.Of([.. samples], 0.5):F1} / {Percentiles.Of([.. samples], 0.99):F1} / {samples.Max():F1}";

    private static string Duration(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds) switch
    {
        { TotalHours: >= 1 } t => $"{t.TotalHours:F1} h",
        { TotalMinutes: >= 1 } t => $"{t.TotalMinutes:F1} min",
        var t => $"{t.TotalSeconds:F1} s",
    };

    private static void Row(string figure, string value, string goal) => Console.WriteLine($"| {figure} | {value} | {goal} |");
}
