using System.Diagnostics;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Sessions;
using Portal.Domain.Accounts;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Testing;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// <c>notices-line-report</c>: issue 15's "time from publish to the last push against the fake LINE API at its rate
/// limit" end to end on the real local stack. Seeds residents (<see cref="ResidentSeeder"/>) and links each to a LINE
/// user in the bot's stores (<see cref="LineLinkSeeder"/>), then sends a prefecture notice through the agencies' path
/// and lets the portal's fan-out feed the bot's real push path (router → reporting → push service → LINE multicast
/// client with its budget) against a fake LINE API over HTTP: once at a limit below what the portal feeds (the limit is
/// the bottleneck) and once far above it (the portal is).
/// </summary>
public static class NoticesLineReport
{
    public static async Task RunAsync(NoticesLineReportOptions options)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var started = Stopwatch.GetTimestamp();
        await using var stack = await NoticeBenchmarkStack.StartAsync();
        var local = await LocalStack.GetAsync();
        Console.WriteLine($"Local stack and database {stack.Database.Name} ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        var directory = stack.Get<LocalGovernmentDirectory>();
        var bodies = SeedAreas.In(directory);
        Console.WriteLine($"Seeding {options.Residents:N0} residents over {bodies.Count} bodies of {SeedAreas.PrefectureName}, {options.Concurrency} writes in flight...");
        var seeded = await new ResidentSeeder(stack.Get<AccountRepository>(), stack.Get<ResidentAreas>(), directory)
            .SeedAsync(options.Residents, options.Concurrency, CancellationToken.None);
        Console.WriteLine($"Seeded {seeded.Count:N0} in {seeded.Elapsed.TotalSeconds:F0} s ({seeded.PerSecond:F0}/s)");
        var accounts = await SeededAccountIds.ReadAsync(stack.Database, CancellationToken.None);
        if (accounts.Count != options.Residents)
        {
            throw new InvalidOperationException($"The database holds {accounts.Count} accounts, not the {options.Residents} seeded.");
        }

        var botDatabase = $"bench-bot-{Guid.NewGuid():N}"[..24];
        var reportQueue = $"bench-push-reports-{Guid.NewGuid():N}"[..32];
        var prefecture = directory.Find(bodies[0].PrefectureCode)!;
        var send = new BenchNotices(stack.Get<AgencyNoticeService>(), stack.Get<NoticeRepository>(), stack.Get<NoticePublisher>());
        var fanOut = new FanOutDrainer(stack.Storage, stack.FanOutQueueName, stack.Get<NoticeFanOut>());
        try
        {
            IReadOnlyDictionary<string, string>? accountOf = null;
            var runs = new List<LineDelivery>();
            foreach (var limit in new[] { options.LineLimit, options.FastLimit })
            {
                await using var bot = await LineBenchmarkBot.StartAsync(local, botDatabase, reportQueue, limit);
                if (accountOf is null)
                {
                    Console.WriteLine($"Linking each resident to a LINE user of its own in the bot's stores ({botDatabase})...");
                    var linking = Stopwatch.GetTimestamp();
                    accountOf = await new LineLinkSeeder(bot.Get<LinkedChannelStore>(), bot.Get<ResidentChannelStore>(), bot.Get<ConversationStore>())
                        .SeedAsync(accounts, options.Concurrency, CancellationToken.None);
                    Console.WriteLine($"Linked {accountOf.Count:N0} in {Stopwatch.GetElapsedTime(linking).TotalSeconds:F0} s");
                }
                var measure = new LineDeliveryMeasurement(stack, fanOut, new PushPageDrainer(stack.Storage, stack.PushQueueName, bot.Services),
                    bot.Line, accountOf);

                // Not recorded: the first send, fan-out and multicasts pay for JIT, connections and creating the queues.
                Console.WriteLine($"Warm-up at {limit:G} multicasts/s: everyone in {bodies[0].Name}...");
                await measure.MeasureAsync(() => send.EveryoneAsync(bodies[0]));

                Console.WriteLine($"Sending to everyone in {prefecture.Name} at {limit:G} multicasts/s...");
                var run = await measure.MeasureAsync(() => send.EveryoneAsync(prefecture));
                Console.WriteLine($"  {run.Calls} multicasts, {run.Recipients:N0} recipients, {run.PublishToLastCallSeconds:F1} s to the last one");
                runs.Add(run);
            }
            Console.WriteLine();
            Print(options, seeded, runs, loadBefore);
        }
        finally
        {
            await stack.Client.GetDatabase(botDatabase).DeleteAsync();
            await stack.Storage.Queue(reportQueue).DeleteIfExistsAsync();
        }
    }

    private static void Print(NoticesLineReportOptions options, SeededResidents seeded, IReadOnlyList<LineDelivery> runs, string loadBefore)
    {
        Console.WriteLine($"## お知らせ to LINE: publish → last multicast at the fake LINE API's limit (issue 15)");
        Console.WriteLine();
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after.");
        Console.WriteLine($"{seeded.Count:N0} residents in {SeedAreas.Count} bodies of {SeedAreas.PrefectureName}, each linked to one LINE user; one notice to " +
            $"everyone in {SeedAreas.PrefectureName}. Portal: fan-out drained {FanOutDrainer.DefaultWorkers} messages at a time; bot: one instance, " +
            $"{PushPageDrainer.DefaultWorkers} pages at a time, Bot:Line:MulticastPerSecond = the fake's limit. The fake answers 429 + Retry-After beyond it.");
        Console.WriteLine($"Why {options.LineLimit:G}/s first: the portal's fan-out fed ~3 pages/s (a page ≤ 500 residents = one multicast) at 20,000 " +
            "residents in notices-report, so a limit well below that should make LINE's limit the bottleneck and the run measure how close the bot " +
            $"comes to it. Then {options.FastLimit:G}/s (LINE's published multicast figure), far above what the local stack can feed: there the feed " +
            "is the bottleneck, the portal's fan-out or the bot's handling of each page (the table tells them apart). The fake's bucket holds one " +
            "second's requests (at least one): at 1/s there is no slack, so a request the budget let go a second after the last one but that " +
            "arrives a little sooner is a 429.");
        Console.WriteLine();
        Console.WriteLine("| Fake's limit (multicasts/s) | Push pages | Multicast calls | Recipients | Distinct | Duplicates | Missed | Not seeded | 429s | 409s | Failed page attempts | Publish → first page queued (s) | First page queued → first multicast (s) | Publish → last page queued (s) | Publish → first multicast (s) | Publish → last multicast (s) | Busy window (s) | Calls/s over busy window | % of limit (busy) | Ideal at the limit (s) | % of limit (publish → last) | Bot's page p50 / max (ms) | Page's wait in the bot's queue p50 / max (ms) | Bottleneck |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in runs)
        {
            Console.WriteLine($"| {r.Limit:G} | {r.PushPages} | {r.Calls} | {r.Recipients:N0} | {r.DistinctRecipients:N0} | {r.Duplicates} | {r.Missed} | {r.Unknown} | " +
                $"{r.RateLimited} | {r.AlreadyAccepted} | {r.Bot.FailedAttempts} | {r.PublishToFirstPageSeconds:F1} | {r.FirstPageToFirstCallSeconds:F1} | {r.PublishToLastPageSeconds:F1} | {r.PublishToFirstCallSeconds:F1} | " +
                $"{r.PublishToLastCallSeconds:F1} | {r.BusySeconds:F1} | {r.BusyCallsPerSecond:F2} | {100 * r.BusyCallsPerSecond / r.Limit:F0}% | " +
                $"{r.IdealSeconds:F1} | {100 * r.IdealSeconds / r.PublishToLastCallSeconds:F0}% | " +
                $"{Percentiles.Of(r.Bot.PageMilliseconds, 0.5):F0} / {r.Bot.PageMilliseconds.Max():F0} | " +
                $"{Percentiles.Of(r.Bot.QueueWaitMilliseconds, 0.5):F0} / {r.Bot.QueueWaitMilliseconds.Max():F0} | {Bottleneck(r)} |");
        }
        Console.WriteLine();
        foreach (var r in runs)
        {
            var reached = r.Missed == 0 && r.Duplicates == 0 && r.Unknown == 0 ? "every resident reached exactly once" : "NOT every resident reached exactly once";
            Console.WriteLine($"At {r.Limit:G}/s: {reached}; the bottleneck was {Bottleneck(r)}: the portal queued its last page " +
                $"{r.PublishToLastPageSeconds:F1} s after publish, the last multicast went {r.PublishToLastCallSeconds - r.PublishToLastPageSeconds:F1} s later.");
        }
        Console.WriteLine("Calls/s over the busy window = (calls − 1) / (last multicast − first). % of limit (publish → last) = the time the calls take " +
            "at exactly the limit ((calls − 1) / limit) over the time they took from publish: the issue's goal is ≥ 90% of the limit's throughput.");
    }

    /// <summary>
    /// LINE's limit held the delivery back when the bot sent at (nearly) the limit over its busy window, or was answered
    /// 429s; well below it, the multicasts waited for pages: in the bot's queue when its last multicast went well after
    /// the portal queued the last page (the bot's page handling), else for the portal's fan-out.
    /// </summary>
    private static string Bottleneck(LineDelivery r) =>
        r.BusyCallsPerSecond >= 0.75 * r.Limit ? "LINE's limit"
        : r.RateLimited > 0 ? "LINE's limit, with time lost to 429 retries"
        : r.PublishToLastCallSeconds - r.PublishToLastPageSeconds > 2 ? "the bot's page handling (pages waited in its queue), not LINE's limit"
        : "the portal's fan-out, not LINE's limit";
}
