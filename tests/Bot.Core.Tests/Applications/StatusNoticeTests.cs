using System.Collections.Concurrent;
using Bot.Core.Applications;
using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Applications.Events;
using Portal.Contracts.Applications.History;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Applications;

/// <summary>Status notices go to the channel the resident last used, with the application and its new status only.</summary>
[Collection(BotTestCollection.Name)]
public sealed class StatusNoticeTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task ANoticeGoesToTheChannelTheResidentUsedLast()
    {
        var sent = new ConcurrentQueue<(ChannelUser User, OutgoingMessage Message)>();
        await using var bot = StartBot(sent);
        var account = Guid.NewGuid().ToString("N");
        var web = NewUser();
        var line = new ChannelUser(Bot.Core.Messages.Channels.Line, Guid.NewGuid().ToString("N"));
        var session = new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), account);
        await BotTestHost.PutSessionAsync(bot, web, session, Arakawa);
        await BotTestHost.PutSessionAsync(bot, line, session, Arakawa);
        var channels = bot.Service<ResidentChannelStore>();

        await bot.SayAsync(web, "メニュー");
        Assert.Equal(web, await channels.FindAsync(account, CancellationToken.None));
        await bot.SayAsync(line, "メニュー");
        Assert.Equal(line, await channels.FindAsync(account, CancellationToken.None));

        await bot.Service<StatusNoticeService>().NotifyAsync(Notice(account), CancellationToken.None);

        var (to, message) = Assert.Single(sent);
        Assert.Equal(line, to);
        var notice = Assert.IsType<ChoicesMessage>(message);
        Assert.Equal("「児童手当の認定請求」（受付番号 2611-2704-8153-6）の状況が「補正依頼」になりました。", notice.Text);
        Assert.Equal(StatusActions.Show("2611-2704-8153-6").ToString(), Action([notice], "詳しく見る"));
    }

    [Fact]
    public async Task AResidentWhoNeverUsedTheBotOrTheSubmissionItselfIsNotTold()
    {
        var sent = new ConcurrentQueue<(ChannelUser User, OutgoingMessage Message)>();
        await using var bot = StartBot(sent);
        var account = Guid.NewGuid().ToString("N");
        var notices = bot.Service<StatusNoticeService>();

        await notices.NotifyAsync(Notice(account), CancellationToken.None);
        var web = NewUser();
        await BotTestHost.PutSessionAsync(bot, web, new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), account), Arakawa);
        await bot.SayAsync(web, "メニュー");
        await notices.NotifyAsync(Notice(account) with { From = null, To = new StatusView("arrived", "到達") }, CancellationToken.None);

        Assert.Empty(sent);
        Assert.Contains("no channel", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(account, bot.Logs.All, StringComparison.Ordinal);
    }

    private static ApplicationStatusNotice Notice(string account) => new(account, "2611-2704-8153-6", TestCatalog.ChildAllowance, "児童手当の認定請求",
        new StatusView("under-review", "審査中"), new StatusView("correction-requested", "補正依頼"), DateTimeOffset.UtcNow);

    private TestBot StartBot(ConcurrentQueue<(ChannelUser, OutgoingMessage)> sent) => host.StartBot(services =>
    {
        services.AddSingleton<IProactiveSender>(new Recording(Bot.Core.Messages.Channels.WebChat, sent));
        services.AddSingleton<IProactiveSender>(new Recording(Bot.Core.Messages.Channels.Line, sent));
    });

    private sealed class Recording(string channel, ConcurrentQueue<(ChannelUser, OutgoingMessage)> sent) : IProactiveSender
    {
        public string Channel => channel;

        public Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
        {
            foreach (var message in messages)
            {
                sent.Enqueue((user, message));
            }
            return Task.CompletedTask;
        }
    }
}
