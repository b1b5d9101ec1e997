using System.Net;
using System.Net.Http.Json;
using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Home;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.PublicFundsAccounts;
using Bot.Core.Tests.Support;
using Portal.Contracts.Applications.History;
using Portal.Contracts.Home;
using Portal.Contracts.Notices.Inbox;
using Portal.Domain.Applications.Status;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Home;

/// <summary>ホーム in the chat: やること with a button to each item, the latest notices, applications in progress, whom
/// one acts for, and the parts the portal could not read said in one line.</summary>
[Collection(BotTestCollection.Name)]
public sealed class HomeChatTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    private static readonly HomeView Everything = new(
        [
            new HomeTodoView("correction-requested", "2026-1120-0001", "nursery", "保育所等の利用申込", null, Now, "/api/me/applications/2026-1120-0001"),
            new HomeTodoView("public-funds-account-invalid", null, null, null, null, Now, "/api/me/public-funds-account"),
            new HomeTodoView("certificate-expiring", null, "electronic-certificate-renewal", null, Now.AddDays(40), null, "/api/procedures/electronic-certificate-renewal"),
            new HomeTodoView("important-notice", "ntc-1", null, "大雨への備え", null, Now, "/api/me/notices/ntc-1"),
            new HomeTodoView("draft", "drf-1", "child-allowance", "児童手当の認定請求", Now.AddDays(3), Now, "/api/me/drafts/drf-1"),
        ],
        new HomeNoticesView([new NoticeSummary("ntc-1", "大雨への備え", "荒川区", "disaster", "防災", "important", Now, false)], 3, false),
        [new HomeApplicationView("2026-1120-0001", "nursery", "保育所等の利用申込", TestCatalog.Arakawa, new StatusView("correction-requested", "補正依頼"), Now)],
        [new HomeActingForView("dlg-1", "委任 花子", ["applications"], Now.AddDays(100))],
        []);

    [Fact]
    public async Task TheMenusHomeShowsEachTodoWithTheButtonThatLeadsToIt()
    {
        await using var bot = StartBotAnswering(Everything);
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.PressAsync(user, Action([Replies.Menu()], "ホーム"));

        var cards = Cards(replies);
        Assert.Equal(["補正依頼：保育所等の利用申込", "公金受取口座の確認", "電子証明書の更新", "重要なお知らせ：大雨への備え", "入力途中：児童手当の認定請求"],
            cards.Select(c => c.Title));
        Assert.Equal(StatusActions.Show("2026-1120-0001").ToString(), Assert.Single(cards[0].Buttons).Action);
        Assert.Equal(PublicFundsAccountActions.Show.ToString(), Assert.Single(cards[1].Buttons).Action);
        Assert.Equal(BotActions.Detail("electronic-certificate-renewal").ToString(), Assert.Single(cards[2].Buttons).Action);
        Assert.Equal(NoticeActions.Open("ntc-1").ToString(), Assert.Single(cards[3].Buttons).Action);
        Assert.Equal(FormActions.Resume("drf-1").ToString(), Assert.Single(cards[4].Buttons).Action);
        Assert.Equal("保存期限 令和8年12月10日", cards[4].Subtitle);
        var text = Text(replies);
        Assert.Contains("最近のお知らせ（未読 3件）", text, StringComparison.Ordinal);
        Assert.Contains("【未読】大雨への備え（荒川区、令和8年12月7日）", text, StringComparison.Ordinal);
        Assert.Contains("保育所等の利用申込：補正依頼（受付番号 2026-1120-0001）", text, StringComparison.Ordinal);
        Assert.Contains("代理で操作できる人", text, StringComparison.Ordinal);
        Assert.Contains("委任 花子さん", text, StringComparison.Ordinal);
        Assert.DoesNotContain("読み込めませんでした", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartsThePortalCouldNotReadAreSaidInOneLineAndTheRestIsShown()
    {
        await using var bot = StartBotAnswering(Everything with
        {
            Notices = null, Applications = null, Unavailable = ["notices", "applications"],
            Todo = [Everything.Todo[^1]],
        });
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);

        var replies = await bot.PressAsync(user, HomeActions.Show.ToString());

        var unavailable = replies.OfType<TextMessage>().Where(m => m.Text.Contains("読み込めませんでした", StringComparison.Ordinal)).ToList();
        Assert.Equal("いま、お知らせ・申請中の手続を読み込めませんでした。時間をおいて、もう一度「ホーム」を選んでください。", Assert.Single(unavailable).Text);
        Assert.Equal("入力途中：児童手当の認定請求", Assert.Single(Cards(replies)).Title);
        Assert.DoesNotContain("最近のお知らせ（", Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgainstThePortalACorrectionRequestIsATodoAndNothingElseIsMissing()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInStoredAsync(bot, user, Arakawa);
        var application = await PortalApplications.SubmitAsync(host.Portal.Services, session.AccountId!, TestCatalog.Nursery, TestCatalog.Arakawa,
            DateTimeOffset.UtcNow.AddHours(-1), (ApplicationStatus.Accepted, StatusActor.Agency, null),
            (ApplicationStatus.UnderReview, StatusActor.Agency, null), (ApplicationStatus.CorrectionRequested, StatusActor.Agency, "添付してください"));

        var replies = await bot.PressAsync(user, HomeActions.Show.ToString());

        var card = Assert.Single(Cards(replies));
        Assert.Equal(StatusActions.Show(application.Id).ToString(), Assert.Single(card.Buttons).Action);
        Assert.Contains("お知らせはありません。", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("読み込めませんでした", Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewResidentIsToldThereIsNothingToDo()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);

        var replies = await bot.PressAsync(user, HomeActions.Show.ToString());

        Assert.Contains("いま、やることはありません。", Text(replies), StringComparison.Ordinal);
        Assert.Contains("申請中の手続はありません。", Text(replies), StringComparison.Ordinal);
        Assert.Empty(Cards(replies));
    }

    private TestBot StartBotAnswering(HomeView home)
    {
        var bot = host.StartBot();
        bot.Handler.Intercept = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/api/me/home", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(home) }
            : null);
        return bot;
    }
}
