using System.Diagnostics;
using Bot.Channels.Line.Api;
using Bot.Channels.Line.Tests.Fakes;
using Bot.Core.Channels;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Portal.Contracts.Notices.Events;
using Xunit.Abstractions;

namespace Bot.Channels.Line.Tests.Api;

[Collection(ThroughputCollection.Name)]
public sealed class LineMulticastTests(ITestOutputHelper output)
{
    private static readonly NoticePushPage Page = new("page-1", "ntc-1", "千代田区", "disaster", true, ["acc-1"], DateTimeOffset.UtcNow);

    [Fact]
    public async Task AMulticastReachesUpTo500UsersWithTheRetryKeyOfItsBatch()
    {
        await using var line = await LineChannelHarness.StartAsync();
        var users = Users(500);

        await Sender(line).SendAsync(users, [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None);

        var multicast = Assert.Single(line.Api.Multicasts);
        Assert.Equal(users, line.Api.MulticastUsers);
        Assert.Equal(LineRetryKeys.From("page-1/line/0#0").ToString(), multicast.RetryKey);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Sender(line).SendAsync(Users(501), [NoticeTexts.Push(Page)], "page-1/line/1", CancellationToken.None));
    }

    [Fact]
    public async Task ThePushTextNamesOnlyTheSenderWithAButtonToOpenTheNotice()
    {
        await using var line = await LineChannelHarness.StartAsync();

        await Sender(line).SendAsync(Users(2), [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None);

        var message = Assert.Single(Assert.Single(line.Api.Multicasts).Messages);
        Assert.Equal("千代田区からお知らせがあります", (string?)message["text"]);
        var item = Assert.Single(message["quickReply"]!["items"]!.AsArray());
        Assert.Equal("詳しく", (string?)item!["action"]!["label"]);
        Assert.Equal("v1:notices:open:ntc-1", (string?)item["action"]!["data"]);
    }

    [Fact]
    public async Task ABatchSentAgainAfterA500IsDeliveredOnce()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.AcceptButAnswerError();
        var users = Users(3);

        await Sender(line).SendAsync(users, [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None);
        // The queue redelivers the page (say the next batch failed): the same batch goes again under the same key.
        await Sender(line).SendAsync(users, [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None);

        Assert.Equal([500, 409, 409], line.Api.Requests.Select(r => r.Status));
        Assert.Equal(1, Assert.Single(line.Api.DeliveriesPerKey).Value);
        Assert.Equal(users, line.Api.MulticastUsers);
    }

    [Fact]
    public async Task ABatchWhose500sOutlastTheRetriesThrowsAndIsDeliveredWhenSentAgain()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.Fail(500, times: 5);

        await Assert.ThrowsAsync<LineApiException>(() =>
            Sender(line).SendAsync(Users(3), [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None));
        await Sender(line).SendAsync(Users(3), [NoticeTexts.Push(Page)], "page-1/line/0", CancellationToken.None);

        Assert.Equal(1, Assert.Single(line.Api.DeliveriesPerKey).Value);
    }

    [Fact]
    public async Task A429FromTheRateLimitWaitsForRetryAfterAndResumes()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.LimitTo(1);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 3; i++)
        {
            await Sender(line).SendAsync(Users(2), [NoticeTexts.Push(Page)], $"page-1/line/{i}", CancellationToken.None);
        }

        Assert.Contains(429, line.Api.Requests.Select(r => r.Status));
        Assert.Equal(3, line.Api.Multicasts.Count);
        Assert.All(line.Api.DeliveriesPerKey.Values, n => Assert.Equal(1, n));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AtTheChannelsLimitTheBudgetPacesEveryRequestUnderItSoNoneIsRefused()
    {
        // The throughput itself is a benchmark's figure (notices-line-report), not a test's: a loaded machine only
        // slows the sender down. What a test can hold is the other side: never faster than the limit, nothing refused.
        const int limit = 100;
        const int requests = 200;
        await using var line = await LineChannelHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:Line:MulticastPerSecond"] = $"{limit}",
            ["Bot:Instances"] = "1",
        });
        line.Api.LimitTo(limit);
        var sender = Sender(line);
        var users = Users(10);
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await sender.SendAsync(users, [NoticeTexts.Push(Page)], $"page-{i}/line/0", token));

        var perSecond = requests / clock.Elapsed.TotalSeconds;
        var refused = line.Api.Requests.Count(r => r.Status == 429);
        output.WriteLine($"LINE multicast throughput: {perSecond:F1} requests/s against a limit of {limit}/s ({perSecond / limit:P0}), "
            + $"{requests} requests in {clock.Elapsed.TotalSeconds:F2} s, {refused} answered 429");
        Assert.Equal(requests, line.Api.Multicasts.Count);
        Assert.Equal(0, refused);
        // The budget's burst is a twentieth of a second's share (5 here): the rest waits for the rate.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds((requests - limit / 20.0) / limit), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task PagesQueuedBehindTheBudgetLongerThanAnAttemptsTimeoutAreSentOnceWithoutTimingOut()
    {
        // 8 multicasts at 4/s: the last waits about 2 s for its token, twice the attempt timeout (and a retry would wait again).
        await using var line = await LineChannelHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:Line:MulticastPerSecond"] = "4",
            ["Bot:Instances"] = "1",
            ["Bot:Line:AttemptTimeout"] = "00:00:01",
            ["Bot:Line:MaxRetryAttempts"] = "1",
        });
        var sender = Sender(line);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            sender.SendAsync(Users(3), [NoticeTexts.Push(Page)], $"page-{i}/line/0", CancellationToken.None)));

        Assert.Equal(8, line.Api.Requests.Count);
        Assert.All(line.Api.DeliveriesPerKey.Values, n => Assert.Equal(1, n));
    }

    private static IMulticastSender Sender(LineChannelHarness line) =>
        Assert.Single(line.Get<IEnumerable<IMulticastSender>>(), s => s.Channel == Bot.Core.Messages.Channels.Line);

    private static IReadOnlyList<string> Users(int count) =>
        [.. Enumerable.Range(0, count).Select(i => $"U{i:D32}")];
}
