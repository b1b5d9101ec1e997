using System.Net;
using Bot.Core.Conversations;
using Bot.Core.Notices;
using System.Text.Json;
using Bot.Core.Portal;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using Portal.Testing;
using Portal.Contracts.Notices.Inbox;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Notices;

/// <summary>
/// The menu's お知らせ: with the unread count for a logged-in resident, plain without a session or when nothing is unread,
/// and plain (never a failed menu) when the count cannot be read.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class NoticeMenuTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Theory]
    [InlineData(3, false, "お知らせ（3）")]
    [InlineData(99, true, "お知らせ（99+）")]
    [InlineData(0, false, "お知らせ")]
    public async Task ALoggedInResidentsMenuShowsTheUnreadCount(int unread, bool more, string label)
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(unread, more) };
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.SayAsync(user, "メニュー");

        Assert.Equal(label, NoticesChoice(replies).Label);
        Assert.Equal(1, inbox.CountCalls);
    }

    [Fact]
    public async Task WithoutASessionTheMenuShowsThePlainLabelWithoutAskingThePortal()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(3, false) };
        inbox.Attach(bot);

        var replies = await bot.SayAsync(NewUser(), "メニュー");

        Assert.Equal(NoticeTexts.MenuLabel, NoticesChoice(replies).Label);
        Assert.Equal(0, inbox.CountCalls);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task ACountThatFailsLeavesThePlainLabelAndTheMenuStillShows(HttpStatusCode status)
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(3, false), CountFails = status };
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.SayAsync(user, "メニュー");

        Assert.Contains("マイナポータルのチャットです", Text(replies));
        Assert.True(OffersMenu(replies));
        Assert.Equal(NoticeTexts.MenuLabel, NoticesChoice(replies).Label);
        Assert.True(inbox.CountCalls >= 1);
    }

    [Fact]
    public async Task TheCountIsOnEveryMenuATurnShowsNotOnlyHome()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(2, false) };
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        // Not understood: the helpful answer comes with the menu.
        var replies = await bot.SayAsync(user, "ふがふが");

        Assert.Equal("お知らせ（2）", NoticesChoice(replies).Label);
    }

    [Fact]
    public async Task TwoMenuTurnsAskThePortalForTheCountOnceAndOpeningANoticeAsksAgain()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(2, false) };
        inbox.Details["ntc-1"] = Detail("ntc-1");
        inbox.Attach(bot);
        var user = NewUser();
        await LogInAsAccountAsync(bot, user, "acc-" + Guid.NewGuid().ToString("N"));

        var first = await bot.SayAsync(user, "メニュー");
        var second = await bot.SayAsync(user, "メニュー");
        inbox.Count = new UnreadNoticeCountView(1, false);
        await bot.PressAsync(user, NoticeActions.Open("ntc-1").ToString());
        var afterOpening = await bot.SayAsync(user, "メニュー");

        Assert.Equal("お知らせ（2）", NoticesChoice(first).Label);
        Assert.Equal("お知らせ（2）", NoticesChoice(second).Label);
        Assert.Equal("お知らせ（1）", NoticesChoice(afterOpening).Label);
        Assert.Equal(2, inbox.CountCalls);
    }

    [Fact]
    public async Task APushForTheAccountMakesTheNextMenuAskAgainAndAnotherAccountsPushDoesNot()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(1, false) };
        inbox.Attach(bot);
        var user = NewUser();
        var account = "acc-" + Guid.NewGuid().ToString("N");
        await LogInAsAccountAsync(bot, user, account);
        await bot.SayAsync(user, "メニュー");
        inbox.Count = new UnreadNoticeCountView(2, false);

        await PushAsync(bot, "acc-" + Guid.NewGuid().ToString("N"));
        var afterOthers = await bot.SayAsync(user, "メニュー");
        await PushAsync(bot, account);
        var afterOwn = await bot.SayAsync(user, "メニュー");

        Assert.Equal("お知らせ（1）", NoticesChoice(afterOthers).Label);
        Assert.Equal("お知らせ（2）", NoticesChoice(afterOwn).Label);
        Assert.Equal(2, inbox.CountCalls);
    }

    [Fact]
    public async Task ARememberedCountIsAskedForAgainAfterAMinute()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var bot = host.StartBot(services => services.AddSingleton<TimeProvider>(clock));
        var inbox = new FakeNoticeInbox { Count = new UnreadNoticeCountView(4, false) };
        inbox.Attach(bot);
        var user = NewUser();
        await LogInAsAccountAsync(bot, user, "acc-" + Guid.NewGuid().ToString("N"));

        await bot.SayAsync(user, "メニュー");
        clock.Advance(UnreadNoticeCounts.Lifetime - TimeSpan.FromSeconds(1));
        await bot.SayAsync(user, "メニュー");
        clock.Advance(TimeSpan.FromSeconds(1));
        await bot.SayAsync(user, "メニュー");

        Assert.Equal(2, inbox.CountCalls);
    }

    /// <summary>A session that names its account, as a completed card login leaves it (the count is remembered per account).</summary>
    private static async Task LogInAsAccountAsync(TestBot bot, Messages.ChannelUser user, string accountId) =>
        await BotTestHost.PutSessionAsync(bot, user, new PortalSession("fake-access-token", null, DateTimeOffset.UtcNow.AddHours(1), accountId), Arakawa);

    /// <summary>A page of a notice's pushes as the portal puts it on the bot's queue.</summary>
    private static Task PushAsync(TestBot bot, string accountId) => bot.Service<PortalEventRouter>().RouteAsync(
        JsonSerializer.Serialize(new NoticePushPage("page-" + Guid.NewGuid().ToString("N"), "ntc-2", "千代田区", "health", false, [accountId],
            DateTimeOffset.UtcNow), new JsonSerializerOptions(JsonSerializerDefaults.Web)), CancellationToken.None);

    private static global::Portal.Contracts.Notices.Inbox.NoticeDetail Detail(string id) => new(
        id, "健診のご案内", "本文", "千代田区", "health", "健康", "normal", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(30), false);

    private static Messages.Choice NoticesChoice(IEnumerable<Messages.OutgoingMessage> replies) =>
        Choices(replies).Single(c => c.Action == NoticeActions.List.ToString());
}
