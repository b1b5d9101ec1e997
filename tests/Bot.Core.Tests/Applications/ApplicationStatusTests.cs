using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Bot.Core.Applications;
using Bot.Core.Login;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using static Bot.Core.Tests.Support.Transcript;
using Portal.Testing;

namespace Bot.Core.Tests.Applications;

/// <summary>Transcripts of 申請状況 against the real portal API: the list, one application's history, and the login it needs.</summary>
[Collection(BotTestCollection.Name)]
public sealed class ApplicationStatusTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheListShowsEachApplicationWithItsStatusAndTheDetailShowsItsHistoryButNeverTheAnswers()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var resident = await LogInAsync(bot, user);
        var moving = await SubmitAsync(resident, TestCatalog.MovingOut, SubmittedAt, (ApplicationStatus.Accepted, StatusActor.Agency, null));
        var nursery = await SubmitAsync(resident, TestCatalog.Nursery, SubmittedAt.AddHours(1),
            (ApplicationStatus.Accepted, StatusActor.Agency, null),
            (ApplicationStatus.UnderReview, StatusActor.Agency, null),
            (ApplicationStatus.CorrectionRequested, StatusActor.Agency, "住民票の写しを添付してください"));

        var replies = await bot.SayAsync(user, "申請状況");

        Assert.Contains("申請の状況です", Text(replies));
        var cards = Cards(replies);
        Assert.Equal([nursery.Id, moving.Id], cards.Select(c => c.Fields.Single(f => f.Label == "受付番号").Value));
        var card = cards[0];
        Assert.Equal("保育所等の利用申込", card.Title);
        Assert.Equal("補正依頼", card.Fields.Single(f => f.Label == "状況").Value);
        Assert.Equal("令和8年11月20日", card.Fields.Single(f => f.Label == "更新日").Value);
        Assert.Equal("受付", cards[1].Fields.Single(f => f.Label == "状況").Value);
        var more = Assert.Single(card.Buttons);
        Assert.Equal("詳しく", more.Label);
        Assert.Equal(StatusActions.Show(nursery.Id).ToString(), more.Action);
        Assert.True(OffersMenu(replies));

        var detail = await bot.PressAsync(user, more.Action!);

        var shown = Text(detail);
        var history = Cards(detail).Single().Fields;
        Assert.Equal("保育所等の利用申込", Cards(detail).Single().Title);
        Assert.Contains(history, f => f.Label == "受付番号" && f.Value == nursery.Id);
        Assert.Contains(history, f => f.Label == "現在の状況" && f.Value == "補正依頼");
        Assert.Contains(history, f => f.Label == "申請先" && f.Value.Contains("荒川区", StringComparison.Ordinal));
        Assert.Contains(history, f => f.Label == "令和8年11月20日 11:00" && f.Value == "到達（あなた）");
        Assert.Contains(history, f => f.Label == "令和8年11月20日 11:01" && f.Value == "到達 → 受付（自治体）");
        Assert.Contains(history, f => f.Label == "令和8年11月20日 11:03" && f.Value == "審査中 → 補正依頼（自治体） 住民票の写しを添付してください");
        Assert.DoesNotContain(PortalApplications.SecretAnswer, shown, StringComparison.Ordinal);
        Assert.Contains(Choices(detail), c => c.Action == StatusActions.List.ToString());
    }

    [Fact]
    public async Task AListLongerThanAPageGoesOnWithMore()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var resident = await LogInAsync(bot, user);
        for (var i = 0; i <= StatusFlow.PageSize; i++)
        {
            await SubmitAsync(resident, TestCatalog.MovingOut, SubmittedAt.AddMinutes(i));
        }

        var first = await bot.PressAsync(user, StatusActions.List.ToString());
        Assert.Equal(StatusFlow.PageSize, Cards(first).Count);
        var next = await bot.PressAsync(user, Action(first, "もっと見る"));

        Assert.Single(Cards(next));
        Assert.DoesNotContain(Choices(next), c => c.Label == "もっと見る");
        Assert.True(OffersMenu(next));
        Assert.Null((await bot.StoredAsync(user)).State.ApplicationsContinuation);
    }

    [Fact]
    public async Task AResidentWithoutApplicationsIsToldSoPolitelyWithTheMenu()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInAsync(bot, user);

        var replies = await bot.SayAsync(user, "申請の状況");

        Assert.Contains("まだありません", Text(replies));
        Assert.Empty(Cards(replies));
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task TypingTheStatusWordInTheMiddleOfAFormShowsTheStatusInsteadOfAnsweringTheQuestion()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInAsync(bot, user);
        var started = await bot.PressAsync(user, Bot.Core.Actions.BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        Assert.Contains("氏名を入力してください", Text(started));

        var replies = await bot.SayAsync(user, "申請状況");

        Assert.Contains("まだありません", Text(replies));
        Assert.DoesNotContain("フリガナ", Text(replies));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnUnknownOrSomeoneElsesReceiptNumberIsNotFoundWithTheMenu(bool someoneElses)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInAsync(bot, user);
        var number = someoneElses ? (await SubmitAsync(AccountService.NewAccountId(), TestCatalog.MovingOut, SubmittedAt)).Id : "2611-2000-0000-0";

        var replies = await bot.PressAsync(user, StatusActions.Show(number).ToString());

        Assert.Contains("見つかりませんでした", Text(replies));
        Assert.Empty(Cards(replies));
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task WithoutALoginTheDetailStartsOneThatContinuesWithTheSameApplication()
    {
        await using var bot = StartBotThatLogsIn();
        var user = NewUser();
        var action = StatusActions.Show("2611-2000-0000-0").ToString();

        var replies = await bot.PressAsync(user, action);

        Assert.Contains("ログインが必要", Text(replies));
        Assert.Single(replies.OfType<LinkMessage>());
        Assert.Equal(action, (await bot.StoredAsync(user)).State.PendingLogin?.Intent);
    }

    [Fact]
    public async Task ASessionThePortalRefusesStartsANewLoginForTheList()
    {
        await using var bot = StartBotThatLogsIn();
        var user = NewUser();
        await BotTestHost.PutSessionAsync(bot, user,
            new PortalSession("not-a-token", null, DateTimeOffset.UtcNow.AddHours(1), AccountService.NewAccountId()), Arakawa);

        var replies = await bot.PressAsync(user, StatusActions.List.ToString());

        Assert.Contains("ログインの有効期限が切れました", Text(replies));
        var state = (await bot.StoredAsync(user)).State;
        Assert.Null(state.PortalSession);
        Assert.Equal(StatusActions.List.ToString(), state.PendingLogin?.Intent);
    }

    /// <summary>A token of the portal for a new account (id known to the test), in the user's conversation with its id.</summary>
    private async Task<string> LogInAsync(TestBot bot, ChannelUser user)
    {
        var account = AccountService.NewAccountId();
        var token = await ResidentTokens.IssueAsync(host.Portal.Services, account, "bot-tests", PortalScopes.Portal);
        await BotTestHost.PutSessionAsync(bot, user, new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1), account), Arakawa);
        return account;
    }

    private Task<global::Portal.Domain.Applications.Application> SubmitAsync(
        string resident, string procedure, DateTimeOffset at, params (ApplicationStatus, StatusActor, string?)[] changes) =>
        PortalApplications.SubmitAsync(host.Portal.Services, resident, procedure, TestCatalog.Arakawa, at, changes);

    /// <summary>
    /// A bot whose logins can start: a poll queue that keeps the polls, and the portal's device authorization answered
    /// here (the shared portal has no chatbot client, so the other tests see a login that cannot start).
    /// </summary>
    private TestBot StartBotThatLogsIn()
    {
        var bot = host.StartBot(services => services.Replace(ServiceDescriptor.Singleton<ILoginPollQueue>(new KeptPolls())));
        bot.Handler.Intercept = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/oauth/device_authorization", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new Dictionary<string, object>
                {
                    ["device_code"] = "device-code", ["user_code"] = "ABCD-EFGH", ["card_request_uri"] = "https://portal.test/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA",
                    ["expires_in"] = 300, ["interval"] = 5,
                }),
            }
            : null);
        return bot;
    }

    private sealed class KeptPolls : ILoginPollQueue
    {
        public ConcurrentQueue<LoginPoll> Polls { get; } = new();

        public Task EnqueueAsync(LoginPoll poll, TimeSpan delay, CancellationToken cancellationToken)
        {
            Polls.Enqueue(poll);
            return Task.CompletedTask;
        }
    }
}
