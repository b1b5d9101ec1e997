using Bot.Core.Channels;
using Bot.Core.Messages;
using Bot.Channels.Line.Tests.Fakes;

namespace Bot.Channels.Line.Tests.Api;

public sealed class LineProactiveSenderTests
{
    [Fact]
    public async Task AProactiveMessageIsPushedInBatchesOfFiveEachWithItsOwnRetryKey()
    {
        await using var line = await LineChannelHarness.StartAsync();
        var sender = Assert.Single(line.Get<IEnumerable<IProactiveSender>>(), s => s.Channel == "line");
        var notices = Enumerable.Range(1, 12).Select(i => (OutgoingMessage)new TextMessage($"お知らせ{i}")).ToList();

        await sender.SendAsync(new ChannelUser("line", LineWebhooks.UserId), notices, CancellationToken.None);

        Assert.Empty(line.Api.Replies);
        Assert.Equal([5, 5, 2], line.Api.Pushes.Select(p => p.Messages.Count));
        Assert.All(line.Api.Pushes, p => Assert.Equal(LineWebhooks.UserId, (string?)p.Body["to"]));
        Assert.Equal(3, line.Api.Pushes.Select(p => p.RetryKey).Distinct().Count());
    }

    [Fact]
    public async Task AUserOfAnotherChannelIsRefused()
    {
        await using var line = await LineChannelHarness.StartAsync();
        var sender = Assert.Single(line.Get<IEnumerable<IProactiveSender>>());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            sender.SendAsync(new ChannelUser("msteams", "29:abc"), [new TextMessage("x")], CancellationToken.None));
        Assert.Empty(line.Api.Requests);
    }
}
