using System.Diagnostics;
using Portal.Domain.Accounts;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// <c>notices-report</c>: issue 15's measured figures for the portal's side of お知らせ on the real local stack. Seeds
/// residents (<see cref="ResidentSeeder"/>), sends a personal, a segment, a ward, a city and a prefecture notice and
/// drains each one's fan-out (<see cref="NoticeDeliveryMeasurement"/>), times the recipient query alone, then the inbox
/// of a resident with 1,000 live notices (<see cref="InboxLatencyMeasurement"/>), and prints one Markdown table and the
/// extrapolation to 10 million residents. The chatbot's side (LINE multicast at its rate limit) is measured elsewhere.
/// </summary>
public static class NoticesReport
{
    public static async Task RunAsync(NoticesReportOptions options)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var started = Stopwatch.GetTimestamp();
        await using var stack = await NoticeBenchmarkStack.StartAsync();
        Console.WriteLine($"Local stack and database {stack.Database.Name} ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        var directory = stack.Get<LocalGovernmentDirectory>();
        var bodies = SeedAreas.In(directory);
        Console.WriteLine($"Seeding {options.Residents:N0} residents over {bodies.Count} bodies of {SeedAreas.PrefectureName}, {options.Concurrency} writes in flight...");
        var seeded = await new ResidentSeeder(stack.Get<AccountRepository>(), stack.Get<ResidentAreas>(), directory)
            .SeedAsync(options.Residents, options.Concurrency, CancellationToken.None);
        Console.WriteLine($"Seeded {seeded.Count:N0} in {seeded.Elapsed.TotalSeconds:F0} s ({seeded.PerSecond:F0}/s)");

        var ward = bodies.Single(b => b.Name == SeedAreas.InboxWardName);
        var city = directory.Find(ward.ParentCode)!;
        var prefecture = directory.Find(ward.PrefectureCode)!;
        var plainCity = bodies.First(b => b.ParentCode is null);
        var send = new BenchNotices(stack.Get<AgencyNoticeService>(), stack.Get<NoticeRepository>(), stack.Get<NoticePublisher>());
        var measure = new NoticeDeliveryMeasurement(stack, new FanOutDrainer(stack.Storage, stack.FanOutQueueName, stack.Get<NoticeFanOut>()));
        var inboxResident = seeded.FirstByArea[ward.Code];
        var inCity = seeded.PerArea.Where(a => directory.Find(a.Key)?.ParentCode == city.Code).Sum(a => a.Value);

        if (options.InboxOnly)
        {
            var inboxAlone = await MeasureInboxAsync(stack, ward.Name, inboxResident, options.Samples);
            Console.WriteLine();
            NoticesReportTable.PrintInbox(inboxAlone, loadBefore);
            return;
        }

        // Not recorded: the first send and fan-out pay for JIT and for creating the queues.
        await measure.MeasureAsync("warm-up", 0, () => send.EveryoneAsync(bodies[0]));
        await measure.MeasureAsync("warm-up", 0, () => send.ToResidentAsync(seeded.FirstByArea[bodies[0].Code]));

        var deliveries = new List<NoticeDelivery>();
        async Task Run(string audience, int residents, Func<Task> sendIt)
        {
            Console.WriteLine($"Sending: {audience}...");
            var delivery = await measure.MeasureAsync(audience, residents, sendIt);
            Console.WriteLine($"  {delivery.FanOutMessages} fan-out pages, {delivery.PushPages} push pages, {delivery.Pushed:N0} pushed, " +
                $"{delivery.PublishToLastPushMilliseconds:F0} ms to the last push");
            deliveries.Add(delivery);
        }
        await Run("one resident (personal)", 1, () => send.ToResidentAsync(inboxResident));
        await Run($"segment: age 60–64 in {plainCity.Name}", seeded.PerArea[plainCity.Code], () => send.SegmentAsync(plainCity, 60, 64));
        await Run($"everyone in {ward.Name}", seeded.PerArea[ward.Code], () => send.EveryoneAsync(ward));
        await Run($"everyone in {city.Name} ({inCity / seeded.PerArea[ward.Code]} seeded wards)", inCity, () => send.EveryoneAsync(city));
        await Run($"everyone in {prefecture.Name} (all seeded)", seeded.Count, () => send.EveryoneAsync(prefecture));

        Console.WriteLine("Timing the recipient query alone over the prefecture...");
        var (queryPages, queryRecipients) = await RecipientQueryTiming.PagesAsync(stack.Get<NoticeRecipientQuery>(), AudienceKeys.Area(prefecture.Code));

        var inbox = await MeasureInboxAsync(stack, ward.Name, inboxResident, options.Samples);

        var table = new NoticesReportTable(seeded, deliveries, queryPages, queryRecipients, inbox, loadBefore);
        Console.WriteLine();
        table.Print();
    }

    private static Task<InboxLatency> MeasureInboxAsync(NoticeBenchmarkStack stack, string wardName, string inboxResident, int samples)
    {
        Console.WriteLine($"Seeding {InboxLatencyMeasurement.LiveNotices:N0} live notices over {wardName}'s chain and timing the inbox ({samples} samples)...");
        return new InboxLatencyMeasurement(stack.Get<NoticeInbox>(), stack.Get<NoticeRepository>(), stack.Get<InboxResidents>())
            .MeasureAsync(inboxResident, samples);
    }
}
