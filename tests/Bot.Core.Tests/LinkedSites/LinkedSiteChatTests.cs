using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Core.Conversations;
using Bot.Core.LinkedSites;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.LinkedSites;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.Identity.Clients;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.LinkedSites;

/// <summary>
/// 連携中のサイト in the chat against the real portal API: each linked site with when it was linked and what it may
/// read, unlinking one after a confirmation (gone from the portal's list, in 操作履歴), and buttons for a site already
/// unlinked or another resident's. The links are written as the consent page writes them (<see cref="SiteLinks.LinkAsync"/>),
/// and the chat holds a token with the chatbot's own client and scopes.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class LinkedSiteChatTests(BotTestHost host)
{
    private const string Etax = "etax-demo";

    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    private SiteLinks Links => host.Portal.Services.GetRequiredService<SiteLinks>();

    [Fact]
    public async Task TheAccountMenuListsEachLinkedSiteWithWhenItWasLinkedWhatItMayReadInWordsAndItsLastUse()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, _) = await LogInAsync(bot, user);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid", "name", "address", "information:tax-income"], CancellationToken.None);
        var nenkin = await Links.LinkAsync(account, "nenkin-demo", "ねんきんネット（デモ）", ["openid", "birthdate", "gender"], CancellationToken.None);
        await Links.TouchAsync(nenkin, CancellationToken.None);

        var menu = await bot.SayAsync(user, "アカウント");
        var list = await bot.PressAsync(user, Action(menu, "連携中のサイト"));

        Assert.Contains("あなたが同意した情報を読み取れます", Text(list));
        var cards = Cards(list);
        Assert.Equal(["ねんきんネット（デモ）", "e-Tax（デモ）"], cards.Select(c => c.Title));
        Assert.All(cards, c => Assert.Equal(["連携した日時", "読み取れる情報", "最終利用"], c.Fields.Select(f => f.Label)));
        Assert.All(cards, c => Assert.StartsWith("令和", c.Fields[0].Value, StringComparison.Ordinal));
        var etax = cards[1];
        Assert.Equal("氏名、住所、わたしの情報の「税・所得」、このサイト専用の利用者番号", etax.Fields[1].Value);
        Assert.Equal("まだ使われていません", etax.Fields[2].Value);
        Assert.Equal("生年月日、性別、このサイト専用の利用者番号", cards[0].Fields[1].Value);
        Assert.StartsWith("令和", cards[0].Fields[2].Value, StringComparison.Ordinal);
        // The button names the site and nothing about the person.
        Assert.Equal("v1:sites:ask:etax-demo", Assert.Single(etax.Buttons).Action);
        Assert.Equal(Text(list), Text(await bot.SayAsync(user, "連携中のサイト")));
    }

    [Fact]
    public async Task AResidentWithNoLinkedSiteIsToldSoAndHowASiteComesToBeListed()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInAsync(bot, user);

        var replies = await bot.SayAsync(user, "連携中のサイト");

        Assert.Empty(Cards(replies));
        Assert.Contains("連携中のサイトはありません", Text(replies));
        Assert.Equal(["アカウント", "ホーム"], Choices(replies).Select(c => c.Label));
    }

    [Fact]
    public async Task UnlinkingAsksWhatItMeansFirstThenTheSiteIsGoneFromThePortalAndInOperationHistory()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, token) = await LogInAsync(bot, user);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid", "name"], CancellationToken.None);
        var list = await bot.SayAsync(user, "連携中のサイト");

        var asked = await bot.PressAsync(user, Cards(list).Single().Buttons.Single(b => b.Label == "連携を解除").Action!);

        Assert.Contains("「e-Tax（デモ）」との連携を解除します", Text(asked));
        Assert.Contains("このサイトはあなたの情報（氏名、このサイト専用の利用者番号）を読み取れなくなります", Text(asked));
        Assert.Contains("改めて同意が必要です", Text(asked));
        Assert.Equal(["解除する", "やめる"], Choices(asked).Select(c => c.Label));
        Assert.Equal([Etax], (await PortalListAsync(token)).Items.Select(i => i.SiteId));

        var unlinked = await bot.PressAsync(user, Action(asked, "解除する"));

        Assert.Contains("「e-Tax（デモ）」との連携を解除しました", Text(unlinked));
        Assert.Empty((await PortalListAsync(token)).Items);
        Assert.Contains("site.unlink", await PortalOperationsAsync(token), StringComparison.Ordinal);
        Assert.Contains("連携中のサイトはありません", Text(await bot.SayAsync(user, "連携中のサイト")));
    }

    [Fact]
    public async Task StoppingAtTheConfirmationKeepsTheLink()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, token) = await LogInAsync(bot, user);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid", "name"], CancellationToken.None);
        var asked = await bot.PressAsync(user, LinkedSiteActions.Ask(Etax).ToString());

        var kept = await bot.PressAsync(user, Action(asked, "やめる"));

        Assert.Contains("連携の解除をやめました。連携はそのままです。", Text(kept));
        Assert.Equal(["e-Tax（デモ）"], Cards(kept).Select(c => c.Title));
        Assert.Equal([Etax], (await PortalListAsync(token)).Items.Select(i => i.SiteId));
        Assert.DoesNotContain("site.unlink", await PortalOperationsAsync(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonsForASiteAlreadyUnlinkedSaySoAndUnlinkNothing()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, token) = await LogInAsync(bot, user);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid"], CancellationToken.None);
        var list = await bot.SayAsync(user, "連携中のサイト");
        var asked = await bot.PressAsync(user, Cards(list).Single().Buttons.Single().Action!);
        // Unlinked meanwhile in the portal (its own page, or another chat).
        await Links.UnlinkAsync(account, Etax, CancellationToken.None);
        var deletes = CountDeletes(bot);

        var again = await bot.PressAsync(user, Cards(list).Single().Buttons.Single().Action!);
        var confirmed = await bot.PressAsync(user, Action(asked, "解除する"));

        Assert.Contains("そのサイトとの連携は、すでに解除されています", Text(again));
        Assert.Contains("そのサイトとの連携は、すでに解除されています", Text(confirmed));
        Assert.Equal(0, deletes());
        Assert.DoesNotContain("site.unlink", await PortalOperationsAsync(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherResidentsChatNeitherSeesNorUnlinksTheSite()
    {
        await using var bot = host.StartBot();
        var mine = NewUser();
        var theirs = NewUser();
        var (account, token) = await LogInAsync(bot, mine);
        var (other, _) = await LogInAsync(bot, theirs);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid", "name"], CancellationToken.None);
        await Links.LinkAsync(other, "nenkin-demo", "ねんきんネット（デモ）", ["openid"], CancellationToken.None);

        var seen = await bot.SayAsync(theirs, "連携中のサイト");
        var asked = await bot.PressAsync(theirs, LinkedSiteActions.Ask(Etax).ToString());
        var forged = await bot.PressAsync(theirs, LinkedSiteActions.Unlink(Etax).ToString());

        Assert.Equal(["ねんきんネット（デモ）"], Cards(seen).Select(c => c.Title));
        Assert.DoesNotContain("e-Tax", Text(seen));
        Assert.Contains("すでに解除されています", Text(asked));
        Assert.DoesNotContain("e-Tax", Text(asked));
        Assert.Contains("すでに解除されています", Text(forged));
        Assert.Equal([Etax], (await PortalListAsync(token)).Items.Select(i => i.SiteId));
        Assert.NotNull(await Links.FindAsync(other, "nenkin-demo", CancellationToken.None));
    }

    [Fact]
    public async Task WithoutALoginAnUnlinkStartsOneAndTheLoginComesBackToTheListNotToTheUnlink()
    {
        await RegisterChatbotAsync();
        await using var bot = host.StartBot();
        var user = NewUser();
        var asked = false;
        bot.Handler.Intercept = (request, _) =>
        {
            asked |= request.RequestUri!.AbsolutePath.Contains("linked-sites", StringComparison.Ordinal);
            return Task.FromResult<HttpResponseMessage?>(null);
        };

        var replies = await bot.PressAsync(user, LinkedSiteActions.Unlink(Etax).ToString());

        Assert.False(asked);
        Assert.Contains("ログインが必要", Text(replies));
        Assert.Equal(LinkedSiteActions.List.ToString(), (await bot.StoredAsync(user)).State.PendingLogin?.Intent);
    }

    [Theory]
    [InlineData("v1:sites:unlink")]
    [InlineData("v1:sites:ask")]
    [InlineData("v1:sites:list:etax-demo")]
    [InlineData("v1:sites:toggle:etax-demo")]
    public async Task AButtonThisBotNeverOfferedIsStaleAndUnlinksNothing(string action)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, token) = await LogInAsync(bot, user);
        await Links.LinkAsync(account, Etax, "e-Tax（デモ）", ["openid"], CancellationToken.None);

        var replies = await bot.PressAsync(user, action);

        Assert.Contains("そのボタンは古くなった", Text(replies));
        Assert.Single((await PortalListAsync(token)).Items);
    }

    [Fact]
    public async Task AnAccountWhoseRegistrationIsNotFinishedIsToldSoInThePortalsWords()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa, state: AccountStates.Pending);

        var replies = await bot.SayAsync(user, "連携中のサイト");

        Assert.Contains("連携中のサイトを表示できませんでした。利用者登録を完了してからご利用ください。", Text(replies));
        Assert.True(OffersMenu(replies));
    }

    /// <summary>
    /// A registered resident logged in in the user's conversation with a token as the chatbot gets one (its client id
    /// and its registered scopes), so the portal's caller rules are held to the chatbot's real token.
    /// </summary>
    private async Task<(string Account, string Token)> LogInAsync(TestBot bot, ChannelUser user)
    {
        var stored = await host.LogInStoredAsync(bot, user, Arakawa);
        var account = stored.AccountId!;
        var token = await ResidentTokens.IssueAsync(host.Portal.Services, account, "chatbot", "openid", "portal", "email");
        await BotTestHost.PutSessionAsync(bot, user, stored with { AccessToken = token }, Arakawa);
        return (account, token);
    }

    /// <summary>The chatbot as the portal registers it, so the chat's login starts at the real portal.</summary>
    private async Task RegisterChatbotAsync()
    {
        try
        {
            await host.Portal.Services.GetRequiredService<ClientRepository>()
                .CreateAsync(global::Portal.Testing.Hosting.ChatbotClientKey.Chatbot(DateTimeOffset.UtcNow), CancellationToken.None);
        }
        catch (DuplicateDocumentException)
        {
            // Registered by an earlier test of this host.
        }
    }

    /// <summary>How many unlinks the bot sends the portal from now on.</summary>
    private static Func<int> CountDeletes(TestBot bot)
    {
        var deletes = 0;
        bot.Handler.Intercept = (request, _) =>
        {
            if (request.Method == HttpMethod.Delete)
            {
                Interlocked.Increment(ref deletes);
            }
            return Task.FromResult<HttpResponseMessage?>(null);
        };
        return () => Volatile.Read(ref deletes);
    }

    /// <summary>What the portal itself answers the resident's own <c>GET /api/me/linked-sites</c>.</summary>
    private async Task<LinkedSiteList> PortalListAsync(string token)
    {
        using var response = await PortalGetAsync("/api/me/linked-sites", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LinkedSiteList>())!;
    }

    /// <summary>The resident's 操作履歴 as the portal answers it.</summary>
    private async Task<string> PortalOperationsAsync(string token)
    {
        using var response = await PortalGetAsync("/api/me/operations", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PortalGetAsync(string path, string token)
    {
        using var http = host.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}
