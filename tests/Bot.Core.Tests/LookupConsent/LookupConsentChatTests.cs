using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Bot.Core.Conversations;
using Bot.Core.LookupConsent;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.ResidentLookup;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Errors;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.LookupConsent;

/// <summary>
/// 本人確認情報の照会 in the chat against the real portal API: what it is, the choice as the portal holds it, and one
/// button that changes it after a confirmation; a refusal shows the portal's words and changes nothing.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class LookupConsentChatTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    /// <summary>Basic 4 items of each test's own (the 番地 differs), so another test's resident never answers its lookup.</summary>
    private readonly ResidentProfile _profile = new("照会 花子", $"東京都荒川区荒川{Random.Shared.Next(1, 100_000)}-2-3",
        new DateOnly(1990, 4, 1), "2", ProfileSources.Card, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    [Fact]
    public async Task TheResidentAllowsThenWithdrawsFromTheAccountMenuAndThePortalAndAnAgencysLookupFollowEachChoice()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInRegisteredAsync(bot, user, withProfile: true);

        var menu = await bot.SayAsync(user, "アカウント");
        var shown = await bot.PressAsync(user, Action(menu, "本人確認情報の照会"));

        var text = Text(shown);
        Assert.Contains("行政機関が、あなたの基本4情報（氏名・住所・生年月日・性別）であなたを探せるようになります", text);
        Assert.Contains("初めは許可していません", text);
        Assert.Contains("「やりとり履歴」に記録", text);
        Assert.Contains("いつでも取り消せます", text);
        Assert.Contains("いまの設定：許可していません", text);
        Assert.DoesNotContain("利用者情報（基本4情報）を読み取っていない", text);
        Assert.Equal(["許可する", "アカウント", "ホーム"], Choices(shown).Select(c => c.Label));

        var asked = await bot.PressAsync(user, Action(shown, "許可する"));
        Assert.Contains("よろしいですか", Text(asked));
        Assert.Equal(["許可する", "やめる"], Choices(asked).Select(c => c.Label));
        Assert.False((await PortalAnswerAsync(token)).Allowed);
        Assert.Equal(HttpStatusCode.NotFound, await LookUpAsync());

        var allowed = await bot.PressAsync(user, Action(asked, "許可する"));
        var afterAllow = await PortalAnswerAsync(token);
        Assert.True(afterAllow.Allowed);
        Assert.NotNull(afterAllow.AllowedAt);
        Assert.Contains("本人確認情報の照会を許可しました。", Text(allowed));
        Assert.Contains("いまの設定：許可しています（令和", Text(allowed));
        Assert.Contains("いまの設定：許可しています", Text(await bot.SayAsync(user, "本人確認情報の照会")));
        Assert.Equal(HttpStatusCode.OK, await LookUpAsync());

        var withdraw = await bot.PressAsync(user, Action(allowed, "許可を取り消す"));
        Assert.Contains("取り消したときから、行政機関は基本4情報であなたを探せなくなります", Text(withdraw));
        var withdrawn = await bot.PressAsync(user, Action(withdraw, "取り消す"));

        Assert.Contains("本人確認情報の照会の許可を取り消しました。", Text(withdrawn));
        Assert.Contains("いまの設定：許可していません", Text(withdrawn));
        var afterWithdraw = await PortalAnswerAsync(token);
        Assert.False(afterWithdraw.Allowed);
        Assert.Null(afterWithdraw.AllowedAt);
        Assert.Equal(HttpStatusCode.NotFound, await LookUpAsync());
    }

    [Fact]
    public async Task AResidentWithoutACardProfileIsToldALookupCannotFindThemEvenWhenAllowed()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInRegisteredAsync(bot, user, withProfile: false);

        var shown = await bot.SayAsync(user, "本人確認情報の照会");
        var asked = await bot.PressAsync(user, Action(shown, "許可する"));
        var allowed = await bot.PressAsync(user, Action(asked, "許可する"));

        Assert.Contains("まだマイナンバーカードの利用者情報（基本4情報）を読み取っていないため", Text(shown));
        Assert.Contains("照会であなたが見つかることはありません", Text(asked));
        Assert.Contains("いまの設定：許可しています", Text(allowed));
        Assert.Contains("照会であなたが見つかることはありません", Text(allowed));
        Assert.False((await PortalAnswerAsync(token)).HasProfile);
    }

    [Fact]
    public async Task WithoutALoginTheSettingStartsOneAndTheLoginComesBackToTheSettingNotToTheChange()
    {
        await RegisterChatbotAsync();
        await using var bot = host.StartBot();
        var user = NewUser();
        var asked = false;
        bot.Handler.Intercept = (request, _) =>
        {
            asked |= request.RequestUri!.AbsolutePath.Contains("lookup-consent", StringComparison.Ordinal);
            return Task.FromResult<HttpResponseMessage?>(null);
        };

        var replies = await bot.PressAsync(user, LookupConsentActions.Set(true).ToString());

        Assert.False(asked);
        Assert.Contains("ログインが必要", Text(replies));
        Assert.Single(replies.OfType<LinkMessage>());
        Assert.Equal(LookupConsentActions.Show.ToString(), (await bot.StoredAsync(user)).State.PendingLogin?.Intent);
    }

    [Fact]
    public async Task AConfirmationPressedAgainChangesNothingAndSaysSo()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInRegisteredAsync(bot, user, withProfile: true);
        var puts = 0;
        bot.Handler.Intercept = (request, _) =>
        {
            if (request.Method == HttpMethod.Put)
            {
                Interlocked.Increment(ref puts);
            }
            return Task.FromResult<HttpResponseMessage?>(null);
        };
        var confirm = LookupConsentActions.Set(true).ToString();
        await bot.PressAsync(user, confirm);
        var allowedAt = (await PortalAnswerAsync(token)).AllowedAt;

        var again = await bot.PressAsync(user, confirm);

        Assert.Contains("すでに本人確認情報の照会を許可しています。設定は変わっていません。", Text(again));
        Assert.Equal(1, puts);
        Assert.Equal(allowedAt, (await PortalAnswerAsync(token)).AllowedAt);
    }

    [Theory]
    [InlineData("v1:lookup:set:maybe")]
    [InlineData("v1:lookup:set")]
    [InlineData("v1:lookup:ask:toggle")]
    [InlineData("v1:lookup:show:allow")]
    [InlineData("v1:lookup:toggle")]
    public async Task AButtonThisBotNeverOfferedIsStaleAndChangesNothing(string action)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInRegisteredAsync(bot, user, withProfile: true);

        var replies = await bot.PressAsync(user, action);

        Assert.Contains("そのボタンは古くなった", Text(replies));
        Assert.False((await PortalAnswerAsync(token)).Allowed);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"type":"https://portal.test/problems/invalid-input","title":"入力内容に誤りがあります。","status":400,"detail":"許可するかどうかを選んでください。"}""", "許可するかどうかを選んでください。")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"title":"ただいま混み合っています。","status":503}""", "ただいま混み合っています。")]
    [InlineData(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "少し時間をおいて、もう一度お試しください。")]
    public async Task AChangeThePortalRefusesShowsItsWordsAndChangesNothing(HttpStatusCode status, string body, string shown)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInRegisteredAsync(bot, user, withProfile: true);
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(request.Method == HttpMethod.Put
            ? new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/problem+json" : "text/html") }
            : null);

        var replies = await bot.PressAsync(user, LookupConsentActions.Set(true).ToString());

        var refusal = Assert.IsType<TextMessage>(replies[0]).Text;
        Assert.Contains("本人確認情報の照会の設定を変更できませんでした。", refusal);
        Assert.Contains(shown, refusal);
        Assert.Contains("設定は変わっていません。", refusal);
        Assert.Contains("いまの設定：許可していません", Text(replies));
        Assert.False((await PortalAnswerAsync(token)).Allowed);
    }

    [Fact]
    public async Task AnAccountWhoseRegistrationIsNotFinishedIsToldSoInThePortalsWords()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInAsync(bot, user, AccountStates.Pending, profile: null);

        var replies = await bot.SayAsync(user, "本人確認情報の照会");

        Assert.Contains("本人確認情報の照会の設定を表示できませんでした。利用者登録を完了してからご利用ください。", Text(replies));
        Assert.True(OffersMenu(replies));
    }

    /// <summary>千代田区 looks for the resident by the basic 4 items of this test's profile.</summary>
    private async Task<HttpStatusCode> LookUpAsync()
    {
        using var http = host.Portal.CreateClient();
        return await InformationAgency.OfChiyoda(host.Portal.Services, http)
            .LookUpAsync(_profile.Name, _profile.Address, _profile.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), _profile.Sex);
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

    /// <summary>What the portal itself answers the resident's own <c>GET /api/me/profile/lookup-consent</c>.</summary>
    private async Task<LookupConsentView> PortalAnswerAsync(string token)
    {
        using var http = host.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/profile/lookup-consent");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LookupConsentView>())!;
    }

    /// <summary>A registered resident, with or without a profile read from the card, logged in in the user's conversation.</summary>
    private Task<string> LogInRegisteredAsync(TestBot bot, ChannelUser user, bool withProfile) =>
        LogInAsync(bot, user, AccountStates.Registered, withProfile ? _profile : null);

    private async Task<string> LogInAsync(TestBot bot, ChannelUser user, string state, ResidentProfile? profile) =>
        (await host.LogInStoredAsync(bot, user, Arakawa, profile, state)).AccessToken;
}
