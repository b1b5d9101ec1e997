using System.Text.Json.Nodes;
using Bot.Channels.Line.Tests.Fakes;
using Bot.Channels.Line.Webhook;
using Bot.Core.Messages;

namespace Bot.Channels.Line.Tests.Webhook;

public sealed class LineWebhookProcessorTests(BotDatabaseFixture database) : IClassFixture<BotDatabaseFixture>
{
    [Fact]
    public async Task AValidlySignedTextMessageRunsOneTurnAndRepliesWithItsToken()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var eventId = LineWebhooks.NewEventId();
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(eventId, "パスポートの申請", replyToken: "rt-123"));

        var outcome = await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(1, outcome.Processed);
        var turn = Assert.Single(line.Engine.Turns);
        Assert.Equal(new ChannelUser("line", LineWebhooks.UserId), turn.User);
        Assert.Equal("パスポートの申請", turn.Text);
        Assert.Null(turn.Action);
        Assert.Equal(eventId, turn.MessageId);
        var reply = Assert.Single(line.Api.Replies);
        Assert.Equal("rt-123", (string?)reply.Body["replyToken"]);
        Assert.Equal("こんにちは。", (string?)Assert.Single(reply.Messages)["text"]);
        Assert.Empty(line.Api.Pushes);
    }

    public static TheoryData<string, Func<byte[], string?>> BadSignatures => new()
    {
        { "missing", _ => null },
        { "empty", _ => "" },
        { "garbage", _ => "!!!" },
        { "another secret", body => LineSignature.Sign("someone-else", body) },
        { "another body", body => LineWebhooks.Sign([.. body, (byte)' ']) },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task ABadOrMissingSignatureIsUnauthorizedAndNothingElseHappens(string _, Func<byte[], string?> sign)
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var eventId = LineWebhooks.NewEventId();
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(eventId, "こんにちは"));

        var outcome = await line.Get<LineWebhookProcessor>().HandleAsync(body, sign(body), CancellationToken.None);

        Assert.Same(LineWebhookOutcome.Unauthorized, outcome);
        Assert.Equal(401, outcome.StatusCode);
        Assert.Empty(line.Engine.Turns);
        Assert.Empty(line.Api.Requests);
        Assert.True(await line.Get<LineEventLog>().TryClaimAsync(eventId, CancellationToken.None), "the event was stored");
    }

    [Fact]
    public async Task AnUnverifiedBodyIsNeverParsed()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        byte[] notJson = "this is not JSON"u8.ToArray();

        Assert.Null(line.Get<LineWebhookProcessor>().Verify(notJson, "AAAA"));
        Assert.NotNull(line.Get<LineWebhookProcessor>().Verify(notJson, LineWebhooks.Sign(notJson)));
    }

    [Fact]
    public async Task ARedeliveredEventIsProcessedOnce()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var eventId = LineWebhooks.NewEventId();
        var first = LineWebhooks.Body(LineWebhooks.TextEvent(eventId, "こんにちは"));
        var again = LineWebhooks.Body(LineWebhooks.TextEvent(eventId, "こんにちは", redelivery: true));
        var processor = line.Get<LineWebhookProcessor>();

        await processor.HandleAsync(first, LineWebhooks.Sign(first), CancellationToken.None);
        var outcome = await processor.HandleAsync(again, LineWebhooks.Sign(again), CancellationToken.None);

        Assert.Equal((0, 1), (outcome.Processed, outcome.Duplicates));
        Assert.Single(line.Engine.Turns);
        Assert.Single(line.Api.Replies);
    }

    [Fact]
    public async Task TheSameEventDeliveredConcurrentlyIsProcessedOnce()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        line.Engine.Pause = TimeSpan.FromMilliseconds(100);
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(LineWebhooks.NewEventId(), "こんにちは"));
        var signature = LineWebhooks.Sign(body);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => line.Get<LineWebhookProcessor>().HandleAsync(body, signature, CancellationToken.None))));

        Assert.Equal(1, outcomes.Sum(o => o.Processed));
        Assert.Equal(7, outcomes.Sum(o => o.Duplicates));
        Assert.Single(line.Engine.Turns);
        Assert.Single(line.Api.Replies);
    }

    [Fact]
    public async Task APostbackArrivesAsTheActionWithItsDatePickerParams()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(LineWebhooks.PostbackEvent(LineWebhooks.NewEventId(), "procedure:passport:start",
            new JsonObject { ["date"] = "2026-12-01" }));

        await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        var turn = Assert.Single(line.Engine.Turns);
        Assert.Null(turn.Text);
        Assert.Equal("procedure:passport:start", turn.Action);
        Assert.Equal("2026-12-01", turn.Values!["date"]);
        Assert.Equal("reply-token-pb", (string?)Assert.Single(line.Api.Replies).Body["replyToken"]);
    }

    [Fact]
    public async Task MoreThanFiveMessagesAreFiveOnTheReplyAndTheRestPushedWithARetryKey()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        line.Engine.Answer = Enumerable.Range(1, 7).Select(i => (OutgoingMessage)new TextMessage($"{i}件目")).ToList();
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(LineWebhooks.NewEventId(), "一覧"));

        await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        var reply = Assert.Single(line.Api.Replies);
        Assert.Equal(["1件目", "2件目", "3件目", "4件目", "5件目"], reply.Messages.Select(m => (string?)m["text"]));
        var push = Assert.Single(line.Api.Pushes);
        Assert.Equal(LineWebhooks.UserId, (string?)push.Body["to"]);
        Assert.Equal(["6件目", "7件目"], push.Messages.Select(m => (string?)m["text"]));
        Assert.True(Guid.TryParse(push.RetryKey, out _));
    }

    [Fact]
    public async Task ATurnThatFailsIsReleasedSoARedeliveryRunsIt()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(LineWebhooks.NewEventId(), "こんにちは"));
        var processor = line.Get<LineWebhookProcessor>();
        line.Engine.Throw = new TimeoutException("the portal did not answer");

        var failed = await processor.HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);
        line.Engine.Throw = null;
        var retried = await processor.HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        Assert.Equal((200, 1, 0), (failed.StatusCode, failed.Failed, failed.Processed));
        Assert.Equal(1, retried.Processed);
        Assert.Equal(2, line.Engine.Turns.Count);
        Assert.Single(line.Api.Replies);
    }

    [Fact]
    public async Task FollowAndUnfollowArriveAsLifecycleActionsAndOnlyAFollowIsAnswered()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(
            LineWebhooks.LifecycleEvent("follow", LineWebhooks.NewEventId()),
            LineWebhooks.LifecycleEvent("unfollow", LineWebhooks.NewEventId()));

        var outcome = await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        Assert.Equal(2, outcome.Processed);
        Assert.Equal([LineLifecycleActions.Follow, LineLifecycleActions.Unfollow], line.Engine.Turns.Select(t => t.Action));
        Assert.Equal("reply-token-follow", (string?)Assert.Single(line.Api.Replies).Body["replyToken"]);
        Assert.Empty(line.Api.Pushes);
    }

    [Fact]
    public async Task EventsTheBotDoesNotUseAreAcknowledgedAndIgnored()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(LineWebhooks.StickerEvent(LineWebhooks.NewEventId()));

        var outcome = await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        Assert.Equal((200, 1, 0), (outcome.StatusCode, outcome.Ignored, outcome.Processed));
        Assert.Empty(line.Engine.Turns);
        Assert.Empty(line.Api.Requests);
    }

    [Fact]
    public async Task AMessageInAGroupIsIgnoredBecauseAnswersArePersonal()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(LineWebhooks.GroupTextEvent(LineWebhooks.NewEventId(), "申請状況"));

        var outcome = await line.Get<LineWebhookProcessor>().HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);

        Assert.Equal(1, outcome.Ignored);
        Assert.Empty(line.Engine.Turns);
        Assert.Empty(line.Api.Requests);
    }

    [Fact]
    public async Task AnAnswerLineRefusesKeepsTheTurnAndTheRestOfTheBatchStillRuns()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        line.Api.Fail(400);
        var refused = LineWebhooks.NewEventId();
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(refused, "一つ目"), LineWebhooks.TextEvent(LineWebhooks.NewEventId(), "二つ目"));
        var processor = line.Get<LineWebhookProcessor>();

        var outcome = await processor.HandleAsync(body, LineWebhooks.Sign(body), CancellationToken.None);
        var again = LineWebhooks.Body(LineWebhooks.TextEvent(refused, "一つ目", redelivery: true));
        var redelivered = await processor.HandleAsync(again, LineWebhooks.Sign(again), CancellationToken.None);

        Assert.Equal((2, 0), (outcome.Processed, outcome.Failed));
        Assert.Single(line.Api.Replies);
        Assert.Equal(1, redelivered.Duplicates);
        Assert.Equal(2, line.Engine.Turns.Count);
    }

    [Fact]
    public async Task AVerifiedBodyCarriedThroughAQueueIsProcessedLater()
    {
        await using var line = await LineChannelHarness.StartAsync(database.Database);
        var body = LineWebhooks.Body(LineWebhooks.TextEvent(LineWebhooks.NewEventId(), "こんにちは"));
        var processor = line.Get<LineWebhookProcessor>();
        var queued = processor.Verify(body, LineWebhooks.Sign(body))!.Body.ToArray();

        var outcome = await processor.ProcessAsync(VerifiedLineWebhook.FromTrustedQueue(queued), CancellationToken.None);

        Assert.Equal(1, outcome.Processed);
        Assert.Single(line.Api.Replies);
    }
}
