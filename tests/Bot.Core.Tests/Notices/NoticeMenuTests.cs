using System.Net;
using Bot.Core.Conversations;
using Bot.Core.Notices;
using Bot.Core.Tests.Support;
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

    private static Messages.Choice NoticesChoice(IEnumerable<Messages.OutgoingMessage> replies) =>
        Choices(replies).Single(c => c.Action == NoticeActions.List.ToString());
}
