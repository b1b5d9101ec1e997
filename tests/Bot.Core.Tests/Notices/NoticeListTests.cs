using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Tests.Support;
using Portal.Contracts.Notices.Inbox;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Notices;

/// <summary>
/// お知らせ's list in the chat: newest first with 未読 marks and a 詳しく per notice, もっと見る with the continuation kept in
/// the conversation, 未読だけ, the empty inbox, and a login first when there is no session.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class NoticeListTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task TheListShowsEachNoticeNewestFirstAndGoesOnWithMore()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox();
        var first = Enumerable.Range(0, 20).Select(i => FakeNoticeInbox.Notice($"ntc-{i}", $"お知らせ{i}", read: i % 2 == 1, minutesAgo: i)).ToList();
        inbox.Pages[""] = new NoticeList(first, "c1");
        inbox.Pages["continuation=c1"] = new NoticeList([FakeNoticeInbox.Notice("ntc-20", "お知らせ20", read: true, minutesAgo: 20)], null);
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.SayAsync(user, "お知らせ");

        Assert.Contains("お知らせです（新しい順）", Text(replies));
        // 20 notices do not fit one carousel: two, none left out.
        Assert.Equal([12, 8], replies.OfType<CardsMessage>().Select(m => m.Cards.Count));
        var cards = Cards(replies);
        Assert.Equal(first.Select(n => NoticeActions.Open(n.Id).ToString()), cards.Select(c => Assert.Single(c.Buttons).Action));
        Assert.Equal("【未読】お知らせ0", cards[0].Title);
        Assert.Equal("千代田区", cards[0].Subtitle);
        Assert.Contains(cards[0].Fields, f => f.Label == "日付" && f.Value == "令和8年12月7日");
        Assert.Contains(cards[0].Fields, f => f.Label == "状態" && f.Value == "未読");
        Assert.Equal("お知らせ1", cards[1].Title);
        Assert.Contains(cards[1].Fields, f => f.Label == "状態" && f.Value == "既読");
        Assert.Equal(["もっと見る", "未読だけ", "通知設定", "メニュー"], Choices(replies).Select(c => c.Label));
        Assert.Equal(new NoticeListPosition("c1", false), (await bot.StoredAsync(user)).State.NoticeList);

        var next = await bot.PressAsync(user, Action(replies, "もっと見る"));

        Assert.Equal("お知らせ20", Assert.Single(Cards(next)).Title);
        Assert.DoesNotContain(Choices(next), c => c.Label == "もっと見る");
        Assert.Null((await bot.StoredAsync(user)).State.NoticeList);
        Assert.Equal(["", "continuation=c1"], inbox.ListQueries);
    }

    [Fact]
    public async Task UnreadOnlyAsksForUnreadAndItsMoreKeepsTheFilter()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox();
        inbox.Pages[""] = new NoticeList([FakeNoticeInbox.Notice("ntc-1", "既読のお知らせ", read: true)], null);
        inbox.Pages["unread=true"] = new NoticeList([FakeNoticeInbox.Notice("ntc-2", "未読のお知らせA", read: false)], "u1");
        inbox.Pages["unread=true&continuation=u1"] = new NoticeList([FakeNoticeInbox.Notice("ntc-3", "未読のお知らせB", read: false, 5)], null);
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);
        var all = await bot.PressAsync(user, NoticeActions.List.ToString());

        var unread = await bot.PressAsync(user, Action(all, "未読だけ"));

        Assert.Contains("未読のお知らせです", Text(unread));
        Assert.Equal("【未読】未読のお知らせA", Assert.Single(Cards(unread)).Title);
        Assert.Equal(["もっと見る", "すべて表示", "通知設定", "メニュー"], Choices(unread).Select(c => c.Label));
        Assert.Equal(new NoticeListPosition("u1", true), (await bot.StoredAsync(user)).State.NoticeList);

        var more = await bot.PressAsync(user, Action(unread, "もっと見る"));

        Assert.Equal("【未読】未読のお知らせB", Assert.Single(Cards(more)).Title);
        Assert.Equal(["", "unread=true", "unread=true&continuation=u1"], inbox.ListQueries);
    }

    [Fact]
    public async Task AnEmptyInboxIsToldSoWithTheMenuAndNoUnreadWithAllOffered()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox();
        inbox.Pages[""] = new NoticeList([], null);
        inbox.Pages["unread=true"] = new NoticeList([], null);
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var none = await bot.SayAsync(user, "おしらせ");
        var noneUnread = await bot.PressAsync(user, NoticeActions.Unread.ToString());

        Assert.Contains("お知らせは、まだありません。", Text(none));
        Assert.Empty(Cards(none));
        Assert.True(OffersMenu(none));
        Assert.Contains("未読のお知らせはありません。", Text(noneUnread));
        Assert.Contains(Choices(noneUnread), c => c.Label == "すべて表示" && c.Action == NoticeActions.List.ToString());
    }

    [Fact]
    public async Task MoreWithoutAListShownIsAStaleButton()
    {
        await using var bot = host.StartBot();
        new FakeNoticeInbox().Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.PressAsync(user, NoticeActions.More.ToString());

        Assert.Contains("古くなった", Text(replies));
    }

    [Fact]
    public async Task OpeningANoticeFromTheListOffersTheListAndTheMenu()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox();
        inbox.Pages[""] = new NoticeList([FakeNoticeInbox.Notice("ntc-1", "避難所の開設について", read: false)], null);
        inbox.Details["ntc-1"] = new global::Portal.Contracts.Notices.Inbox.NoticeDetail("ntc-1", "避難所の開設について", "区立小学校を避難所として開設しました。", "千代田区",
            "disaster", "防災", "important", new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue, true);
        inbox.Attach(bot);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);
        var list = await bot.SayAsync(user, "お知らせ");

        var detail = await bot.PressAsync(user, Assert.Single(Assert.Single(Cards(list)).Buttons).Action!);

        Assert.StartsWith("【お知らせ】避難所の開設について", Assert.IsType<TextMessage>(detail[0]).Text);
        Assert.Equal([("お知らせ一覧", NoticeActions.List.ToString()), ("メニュー", "v1:menu:home")],
            Choices(detail).Select(c => (c.Label, c.Action)));
    }

    [Fact]
    public async Task WithoutALoginTheListStartsOneAndTheLoginShowsTheList()
    {
        await using var bot = host.StartBot();
        var inbox = new FakeNoticeInbox();
        inbox.Pages[""] = new NoticeList([FakeNoticeInbox.Notice("ntc-1", "避難所の開設について", read: false)], null);
        inbox.Attach(bot);
        var user = NewUser();

        var replies = await bot.SayAsync(user, "お知らせ");

        Assert.Contains("ログインが必要", Text(replies));
        Assert.Empty(inbox.ListQueries);
        Assert.Equal(NoticeActions.List.ToString(), (await bot.StoredAsync(user)).State.PendingLogin?.Intent);

        await bot.Service<LoginPoller>().PollAsync(Assert.Single(bot.Polls.All), CancellationToken.None);

        var sent = bot.Sent[Bot.Core.Messages.Channels.WebChat].To(user);
        Assert.Equal("【未読】避難所の開設について", Assert.Single(Cards(sent)).Title);
        Assert.Equal([""], inbox.ListQueries);
    }
}
