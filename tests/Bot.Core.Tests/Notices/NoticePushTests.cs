using Bot.Core.Applications;
using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using static Bot.Core.Tests.Support.Transcript;
using ChannelNames = Bot.Core.Messages.Channels;

namespace Bot.Core.Tests.Notices;

/// <summary>A page of a notice's pushes reaches every chat its accounts linked, LINE by multicast, once, saying only who sent it.</summary>
[Collection(BotTestCollection.Name)]
public sealed class NoticePushTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task APageReachesEveryLinkedChatLineUsersByMulticastsOfAtMost500AndAnAccountWithoutAChatIsCounted()
    {
        var multicasts = new RecordedMulticasts(ChannelNames.Line);
        await using var bot = host.StartBot(services => services.AddSingleton<IMulticastSender>(multicasts));
        // 50 accounts with 10 LINE chats each and one with a single one: 501 LINE users.
        var lineAccounts = Enumerable.Range(0, 51).Select(_ => NewAccount()).ToList();
        var lineUsers = await Task.WhenAll(lineAccounts.Select((account, i) => LinkAsync(bot, account, ChannelNames.Line, i == 50 ? 1 : 10)));
        var resident = NewAccount();
        var teams = new ChannelUser(ChannelNames.Teams, "29:" + Guid.NewGuid().ToString("N"));
        var web = NewUser();
        var line = new ChannelUser(ChannelNames.Line, "U" + Guid.NewGuid().ToString("N"));
        foreach (var user in new[] { teams, web, line })
        {
            await bot.Service<LinkedChannelStore>().LinkAsync(resident, user, "ses-" + user.Channel, CancellationToken.None);
        }
        var neverUsedTheBot = NewAccount();

        var outcome = await bot.Service<NoticePushService>().PushAsync(
            Page([.. lineAccounts, resident, neverUsedTheBot]), CancellationToken.None);

        Assert.Equal([500, 2], multicasts.Delivered.Select(d => d.UserIds.Count));
        var reached = multicasts.Delivered.SelectMany(d => d.UserIds).ToList();
        Assert.Equal(502, reached.Distinct().Count());
        Assert.Equal(502, reached.Count);
        Assert.Contains(line.UserId, reached);
        Assert.All(lineUsers.SelectMany(u => u), u => Assert.Contains(u.UserId, reached));
        Assert.Single(bot.Sent[ChannelNames.Teams].To(teams));
        Assert.Single(bot.Sent[ChannelNames.WebChat].To(web));
        Assert.Equal(new NoticePushOutcome(53, 1, 0, 502, 2, 2, 0, Line: 502, Teams: 1, WebChat: 1), outcome);
        Assert.Contains("1 without a chat", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(resident, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(line.UserId, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageRetriedAfterAFailedMulticastIsDeliveredOnceEverywhere()
    {
        var multicasts = new RecordedMulticasts(ChannelNames.Line, maxRecipients: 2);
        await using var bot = host.StartBot(services => services.AddSingleton<IMulticastSender>(multicasts));
        var account = NewAccount();
        var lineUsers = await LinkAsync(bot, account, ChannelNames.Line, 3);
        var web = NewUser();
        await bot.Service<LinkedChannelStore>().LinkAsync(account, web, "ses-web", CancellationToken.None);
        multicasts.FailCall(2);
        var page = Page([account]);
        var pushes = bot.Service<NoticePushService>();

        await Assert.ThrowsAsync<HttpRequestException>(() => pushes.PushAsync(page, CancellationToken.None));
        await pushes.PushAsync(page, CancellationToken.None);

        Assert.Equal(2, multicasts.Delivered.Count);
        Assert.Equal(lineUsers.Select(u => u.UserId).Order(), multicasts.Delivered.SelectMany(d => d.UserIds).Order());
        Assert.Equal([2, 2], multicasts.Calls.Values);
        Assert.Single(bot.Sent[ChannelNames.WebChat].To(web));
    }

    [Fact]
    public async Task ThePushNamesOnlyTheSenderAndOffersToOpenTheNotice()
    {
        await using var bot = host.StartBot();
        var account = NewAccount();
        var web = NewUser();
        await bot.Service<LinkedChannelStore>().LinkAsync(account, web, "ses-web", CancellationToken.None);

        await bot.Service<NoticePushService>().PushAsync(Page([account]), CancellationToken.None);

        var push = Assert.IsType<ChoicesMessage>(Assert.Single(bot.Sent[ChannelNames.WebChat].To(web)));
        Assert.Equal("千代田区からお知らせがあります", push.Text);
        Assert.Equal("v1:notices:open:ntc-1", Action([push], "詳しく"));
    }

    [Fact]
    public async Task AChatNowLoggedInToAnotherAccountIsNotPushedTheEarlierAccountsNotices()
    {
        await using var bot = host.StartBot();
        var account = NewAccount();
        var shared = NewUser();
        await bot.Service<LinkedChannelStore>().LinkAsync(account, shared, "ses-first", CancellationToken.None);
        await BotTestHost.PutSessionAsync(bot, shared,
            new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), NewAccount(), "ses-other"), Arakawa);

        var outcome = await bot.Service<NoticePushService>().PushAsync(Page([account]), CancellationToken.None);

        Assert.Empty(bot.Sent[ChannelNames.WebChat].To(shared));
        Assert.Equal(1, outcome.Unlinked);
    }

    [Fact]
    public async Task TheChatAnAccountUsedLastIsPushedThoughNeverLinkedAndAChatBothLinkedAndUsedLastIsToldOnce()
    {
        await using var bot = host.StartBot();
        var (usedOnly, linkedAndUsed) = (NewAccount(), NewAccount());
        var (usedChat, linkedChat) = (NewUser(), NewUser());
        await bot.Service<ResidentChannelStore>().RememberAsync(usedOnly, usedChat, CancellationToken.None);
        await bot.Service<LinkedChannelStore>().LinkAsync(linkedAndUsed, linkedChat, "ses-linked", CancellationToken.None);
        await bot.Service<ResidentChannelStore>().RememberAsync(linkedAndUsed, linkedChat, CancellationToken.None);

        var outcome = await bot.Service<NoticePushService>().PushAsync(Page([usedOnly, linkedAndUsed]), CancellationToken.None);

        Assert.Single(bot.Sent[ChannelNames.WebChat].To(usedChat));
        Assert.Single(bot.Sent[ChannelNames.WebChat].To(linkedChat));
        Assert.Equal((2, 0, 2), (outcome.Accounts, outcome.Unlinked, outcome.WebChat));
    }

    [Fact]
    public async Task APageOverFiveHundredAccountsIsRefusedWholeAndNothingIsSent()
    {
        await using var bot = host.StartBot();

        await Assert.ThrowsAsync<NoticePageTooLargeException>(() => bot.Service<NoticePushService>().PushAsync(
            Page([.. Enumerable.Range(0, 501).Select(_ => NewAccount())]), CancellationToken.None));
    }

    [Fact]
    public async Task APageRoutedFromThePortalIsReportedBackOnceWithTheChatsToldPerChannelAndNoIds()
    {
        var reports = new RecordedPushReports();
        await using var bot = host.StartBot(services => services.AddSingleton<INoticePushReports>(reports));
        var account = NewAccount();
        var web = NewUser();
        var teams = new ChannelUser(ChannelNames.Teams, "29:" + Guid.NewGuid().ToString("N"));
        await bot.Service<LinkedChannelStore>().LinkAsync(account, web, "ses-web", CancellationToken.None);
        await bot.Service<LinkedChannelStore>().LinkAsync(account, teams, "ses-teams", CancellationToken.None);
        var page = Page([account, NewAccount()]);

        await bot.Service<Bot.Core.Portal.PortalEventRouter>().RouteAsync(
            System.Text.Json.JsonSerializer.Serialize(page, System.Text.Json.JsonSerializerOptions.Web), CancellationToken.None);

        var report = Assert.Single(reports.Sent);
        Assert.Equal((page.PageId, page.NoticeId, 2, 0, 1, 1, 0, 1),
            (report.PageId, report.NoticeId, report.Accounts, report.Line, report.Teams, report.WebChat, report.Failed, report.Unlinked));
    }

    private sealed class RecordedPushReports : INoticePushReports
    {
        public System.Collections.Concurrent.ConcurrentQueue<NoticePushReport> Sent { get; } = new();

        public Task SendAsync(NoticePushReport report, CancellationToken cancellationToken)
        {
            Sent.Enqueue(report);
            return Task.CompletedTask;
        }
    }

    private static NoticePushPage Page(IReadOnlyList<string> accounts) =>
        new("page-" + Guid.NewGuid().ToString("N"), "ntc-1", "千代田区", "disaster", Important: true, accounts, DateTimeOffset.UtcNow);

    private static string NewAccount() => Guid.NewGuid().ToString("N");

    private static async Task<IReadOnlyList<ChannelUser>> LinkAsync(TestBot bot, string account, string channel, int chats)
    {
        var users = Enumerable.Range(0, chats).Select(_ => new ChannelUser(channel, "U" + Guid.NewGuid().ToString("N"))).ToList();
        foreach (var user in users)
        {
            await bot.Service<LinkedChannelStore>().LinkAsync(account, user, "ses-" + user.UserId, CancellationToken.None);
        }
        return users;
    }
}
