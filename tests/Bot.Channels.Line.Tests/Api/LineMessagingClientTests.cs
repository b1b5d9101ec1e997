using System.Net;
using System.Text.Json.Nodes;
using Bot.Channels.Line.Api;
using Bot.Channels.Line.Tests.Fakes;

namespace Bot.Channels.Line.Tests.Api;

public sealed class LineMessagingClientTests
{
    private static readonly IReadOnlyList<JsonObject> Hello = [new JsonObject { ["type"] = "text", ["text"] = "こんにちは。" }];

    [Fact]
    public async Task AReplySendsTheTokenAndTheMessagesWithTheBearerToken()
    {
        await using var line = await LineChannelHarness.StartAsync();

        await line.Get<LineMessagingClient>().ReplyAsync("rt-1", Hello, CancellationToken.None);

        var reply = Assert.Single(line.Api.Replies);
        Assert.Equal($"Bearer {FakeLineApi.AccessToken}", reply.Authorization);
        Assert.Equal("rt-1", (string?)reply.Body["replyToken"]);
        Assert.Null(reply.RetryKey);
    }

    [Fact]
    public async Task APushAnswered500IsRetriedWithTheSameRetryKey()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.Fail(500);
        var key = Guid.NewGuid();

        await line.Get<LineMessagingClient>().PushAsync(LineWebhooks.UserId, Hello, key, CancellationToken.None);

        Assert.Equal([500, 200], line.Api.Requests.Select(r => r.Status));
        Assert.All(line.Api.Requests, r => Assert.Equal(key.ToString(), r.RetryKey));
        Assert.Equal(LineWebhooks.UserId, (string?)Assert.Single(line.Api.Pushes).Body["to"]);
    }

    [Fact]
    public async Task A429IsRetriedUntilItSucceeds()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.Fail(429, times: 2);

        await line.Get<LineMessagingClient>().ReplyAsync("rt-1", Hello, CancellationToken.None);

        Assert.Equal([429, 429, 200], line.Api.Requests.Select(r => r.Status));
        Assert.Single(line.Api.Replies);
    }

    [Fact]
    public async Task APushAcceptedButAnsweredWithAnErrorIsDeliveredOnceAndCountsAsSent()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.AcceptButAnswerError();

        await line.Get<LineMessagingClient>().PushAsync(LineWebhooks.UserId, Hello, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal([500, 409], line.Api.Requests.Select(r => r.Status));
        Assert.Single(line.Api.Pushes);
    }

    [Fact]
    public async Task AnErrorThatOutlastsTheRetriesIsReportedWithItsStatus()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.Fail(503, times: 10);

        var error = await Assert.ThrowsAsync<LineApiException>(() =>
            line.Get<LineMessagingClient>().PushAsync(LineWebhooks.UserId, Hello, Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(5, line.Api.Requests.Count);
        Assert.Empty(line.Api.Pushes);
    }

    [Fact]
    public async Task AClientErrorIsNotRetried()
    {
        await using var line = await LineChannelHarness.StartAsync();
        line.Api.Fail(400);

        await Assert.ThrowsAsync<LineApiException>(() =>
            line.Get<LineMessagingClient>().ReplyAsync("expired", Hello, CancellationToken.None));

        Assert.Single(line.Api.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task ARequestCarriesOneToFiveMessages(int count)
    {
        await using var line = await LineChannelHarness.StartAsync();
        var messages = Enumerable.Repeat(Hello[0], count).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            line.Get<LineMessagingClient>().ReplyAsync("rt-1", messages, CancellationToken.None));
    }
}
