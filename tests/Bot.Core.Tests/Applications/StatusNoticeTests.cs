using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
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
        await using var bot = host.StartBot();
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

        Assert.Empty(bot.Sent[Bot.Core.Messages.Channels.WebChat].To(web));
        var message = Assert.Single(bot.Sent[Bot.Core.Messages.Channels.Line].To(line));
        var notice = Assert.IsType<ChoicesMessage>(message);
        Assert.Equal("「児童手当の認定請求」（受付番号 2611-2704-8153-6）の状況が「補正依頼」になりました。", notice.Text);
        Assert.Equal(StatusActions.Show("2611-2704-8153-6").ToString(), Action([notice], "詳しく見る"));
    }

    [Fact]
    public async Task AResidentWhoNeverUsedTheBotOrTheSubmissionItselfIsNotTold()
    {
        await using var bot = host.StartBot();
        var account = Guid.NewGuid().ToString("N");
        var notices = bot.Service<StatusNoticeService>();

        await notices.NotifyAsync(Notice(account), CancellationToken.None);
        var web = NewUser();
        await BotTestHost.PutSessionAsync(bot, web, new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), account), Arakawa);
        await bot.SayAsync(web, "メニュー");
        await notices.NotifyAsync(Notice(account) with { From = null, To = new StatusView("arrived", "到達") }, CancellationToken.None);

        Assert.Empty(bot.Sent[Bot.Core.Messages.Channels.WebChat].To(web));
        Assert.Contains("no channel", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(account, bot.Logs.All, StringComparison.Ordinal);
    }

    private static ApplicationStatusNotice Notice(string account) => new(account, "2611-2704-8153-6", TestCatalog.ChildAllowance, "児童手当の認定請求",
        new StatusView("under-review", "審査中"), new StatusView("correction-requested", "補正依頼"), DateTimeOffset.UtcNow);
}
