using Portal.Testing.Hosting;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Conversations;

/// <summary>Transcripts of the menu and さがす against the real portal API and the bot's own database.</summary>
[Collection(BotTestCollection.Name)]
public sealed class MenuAndSearchTests(BotTestHost host)
{
    [Theory]
    [InlineData("こんにちは")]
    [InlineData("メニュー")]
    [InlineData("ホーム")]
    public async Task AGreetingOrAMenuWordGetsTheMenuOfHomeTodoSearchApplicationStatusNoticesAndAccount(string text)
    {
        await using var bot = host.StartBot();

        var replies = await bot.SayAsync(NewUser(), text);

        var menu = Assert.Single(replies.OfType<ChoicesMessage>());
        Assert.Equal(["ホーム", "やること", "さがす", "申請状況", "お知らせ", "わたしの情報", "やりとり履歴", "アカウント"], menu.Choices.Select(c => c.Label));
    }

    [Fact]
    public async Task ALocalGovernmentSetByItsReadingIsRememberedAfterARestart()
    {
        var user = NewUser();
        await using (var first = host.StartBot())
        {
            var asked = await first.PressAsync(user, BotActions.StartSearch.ToString());
            Assert.Contains("市区町村", Text(asked));
            var set = await SetArakawaAsync(first, user);
            Assert.Contains("荒川区", Text(set));
        }

        await using var restarted = host.StartBot();
        var replies = await restarted.PressAsync(user, BotActions.StartSearch.ToString());

        Assert.Contains("荒川区（東京都）の手続をさがします", Text(replies));
        Assert.Equal(new RememberedLocalGovernment(TestCatalog.Arakawa, "荒川区（東京都）"), (await restarted.StoredAsync(user)).State.LocalGovernment);
    }

    [Fact]
    public async Task SearchingForChildAllowanceShowsItsCardWithDetailsAndApply()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        var replies = await bot.SayAsync(user, "児童手当");

        var card = Cards(replies).First();
        Assert.Equal("児童手当の認定請求", card.Title);
        Assert.Equal("荒川区：窓口で受付（オンライン不可）", card.Subtitle);
        Assert.Equal(["詳しく", "申請する"], card.Buttons.Select(b => b.Label));
        Assert.Equal(BotActions.Detail(TestCatalog.ChildAllowance).ToString(), card.Buttons[0].Action);
        Assert.True(Cards(replies).Count <= Bot.Core.Search.SearchFlow.CardsPerReply);
    }

    [Fact]
    public async Task DetailsShowWhoMayApplyWhatToBringTheFeeHowToApplyHereAndThePage()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        var results = await bot.SayAsync(user, "児童手当");

        var replies = await bot.PressAsync(user, Cards(results).First().Buttons[0].Action!);

        var card = Assert.Single(Cards(replies));
        var fields = card.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("区内にお住まいの方", fields["対象となる方"]);
        Assert.Equal("本人確認書類、振込先口座がわかるもの", fields["必要なもの"]);
        Assert.Equal("無料", fields["手数料"]);
        Assert.Equal("荒川区：窓口", fields["申請方法"]);
        Assert.Equal("子育て支援課 03-3802-3111", fields["問い合わせ先"]);
        Assert.Contains(card.Buttons, b => b.Link == new Uri("https://www.city.arakawa.tokyo.jp/jidouteate"));
    }

    [Fact]
    public async Task ACategoryShowsItsProceduresAndMoreContinuesWithTheNextPage()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        var categories = await bot.PressAsync(user, BotActions.Categories.ToString());

        var first = await bot.PressAsync(user, Action(categories, "こども"));
        var more = await bot.PressAsync(user, Action(first, "もっと見る"));

        var seen = Cards(first).Concat(Cards(more)).Select(c => c.Title).ToList();
        Assert.Equal(ChatbotPortalSettings.PageSize, Cards(first).Count);
        Assert.Equal(["保育所等の利用申込", "児童手当の認定請求", "児童扶養手当の認定請求"], seen.Order());
        Assert.DoesNotContain(Choices(more), c => c.Label == "もっと見る");
    }

    [Fact]
    public async Task ALifeEventIsOfferedWithThePortalsLabels()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        var lifeEvents = await bot.PressAsync(user, BotActions.LifeEvents.ToString());
        var moving = await bot.PressAsync(user, Action(lifeEvents, "引っ越し・住まい"));

        Assert.Equal(["転出届"], Cards(moving).Select(c => c.Title));
        Assert.Equal("荒川区：オンラインで申請できます", Cards(moving)[0].Subtitle);
    }

    [Fact]
    public async Task NothingFoundOffersThePortalsSuggestedKeywordsWhichSearchWhenPressed()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        var replies = await bot.SayAsync(user, "宇宙旅行の許可");
        var suggestion = Choices(replies).First(c => c.Action.StartsWith("v1:search:q:", StringComparison.Ordinal));
        var found = await bot.PressAsync(user, suggestion.Action);

        Assert.Contains("見つかりませんでした", Text(replies));
        Assert.Empty(Cards(replies));
        Assert.NotEmpty(Cards(found));
    }

    [Fact]
    public async Task ChangingTheLocalGovernmentAsksAgainAndSearchesThere()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        await bot.PressAsync(user, BotActions.ChangeLocalGovernment.ToString());
        var picked = await bot.SayAsync(user, "千代田区");
        var pick = Choices(picked).FirstOrDefault(c => c.Action == BotActions.PickLocalGovernment(TestCatalog.Chiyoda).ToString());
        if (pick is not null)
        {
            await bot.PressAsync(user, pick.Action);
        }
        var replies = await bot.SayAsync(user, "児童手当");

        Assert.Equal("千代田区：オンラインで申請できます", Cards(replies).First().Subtitle);
    }

    [Fact]
    public async Task TodoAndApplySayThatALoginIsNeededRatherThanStaySilent()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        var todo = await bot.PressAsync(user, BotActions.Todo.ToString());
        var apply = await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());

        Assert.Contains("ログインが必要", Text(todo));
        Assert.True(OffersMenu(todo));
        Assert.Contains("ログインが必要", Text(apply));
    }

    [Theory]
    [InlineData("v0:search:more")]
    [InlineData("not-an-action")]
    [InlineData("v1:search:more")]
    [InlineData("v1:search:lg:131016")]
    [InlineData("v1:search:detail:no-such-procedure")]
    [InlineData("v1:search:category:no-such-category")]
    [InlineData("v1:nothing:here")]
    public async Task AStaleOrUnknownButtonGetsHelpAndTheMenu(string action)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        var replies = await bot.PressAsync(user, action);

        Assert.Contains("古くなった", Text(replies));
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task TextNobodyAskedForGetsHelpAndTheMenu()
    {
        await using var bot = host.StartBot();

        var replies = await bot.SayAsync(NewUser(), "あしたの天気は？");

        Assert.Contains("わかりませんでした", Text(replies));
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task AKeywordNeverReachesTheLogs()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);

        await bot.SayAsync(user, "児童手当");

        Assert.NotEmpty(bot.Logs.Entries);
        Assert.DoesNotContain("児童手当", bot.Logs.All);
        Assert.DoesNotContain("あらかわ", bot.Logs.All);
        Assert.DoesNotContain(Uri.EscapeDataString("児童手当"), bot.Logs.All);
    }
}
