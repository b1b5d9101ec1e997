using System.Net;
using System.Text;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Notices.Settings;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Notices.Preferences;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Notices.Settings;

/// <summary>
/// 通知設定 in the chat against the real portal API: the setting in words, and each change in a few taps saved as the
/// resident chose it; a refused save shows the portal's words and changes nothing.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class NotificationSettingsFlowTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    private static readonly string[] Categories = ["childcare", "health", "tax", "pension", "benefits", "disaster", "procedures", "other"];

    [Fact]
    public async Task TheSettingReadsInPlainJapaneseFromTheAccountMenu()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInRegisteredAsync(bot, user);

        var menu = await bot.SayAsync(user, "アカウント");
        var shown = await bot.PressAsync(user, Action(menu, "通知設定"));

        var text = Text(shown);
        Assert.Contains("・子育て：チャットとメール", text);
        Assert.Contains("・その他：チャットとメール", text);
        Assert.Contains("通知を控える時間帯：21:00〜翌8:00", text);
        Assert.Contains("重要な防災のお知らせは、すぐに届きます", text);
        Assert.Contains("関心のある分類：なし", text);
        Assert.Equal(["届け方を変える", "控える時間帯", "関心のある分類", "お知らせ一覧", "メニュー"], Choices(shown).Select(c => c.Label));
    }

    [Theory]
    [InlineData("税", "メールだけ", "tax", new[] { "email" })]
    [InlineData("防災", "届けない（お知らせ一覧のみ）", "disaster", new string[0])]
    [InlineData("すべての分類", "チャットだけ", null, new[] { "chat" })]
    public async Task ACategorysChannelsOrEveryCategorysChangeInThreeTapsAndTheOthersStay(
        string categoryLabel, string setLabel, string? category, string[] channels)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);

        var shown = await bot.SayAsync(user, "通知設定");
        var categories = await bot.PressAsync(user, Action(shown, "届け方を変える"));
        var sets = await bot.PressAsync(user, Action(categories, categoryLabel));
        var saved = await bot.PressAsync(user, Action(sets, setLabel));

        Assert.Contains("通知設定を変更しました。", Text(saved));
        var stored = await StoredAsync(account);
        foreach (var c in Categories)
        {
            Assert.Equal(category is null || c == category ? channels : ["email", "chat"], stored!.Channels[c]);
        }
        Assert.Contains($"・{(category is null ? "子育て" : categoryLabel)}：{setLabel}", Text(saved));
    }

    [Fact]
    public async Task QuietHoursAreChosenFromAFewTimesOrTurnedOff()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);

        var times = await bot.PressAsync(user, NotificationSettingsActions.QuietHours.ToString());
        var later = await bot.PressAsync(user, Action(times, "22:00〜翌7:00"));
        var afterLater = (await StoredAsync(account))!.QuietHours;
        var off = await bot.PressAsync(user, Action(await bot.PressAsync(user, NotificationSettingsActions.QuietHours.ToString()), "控えない"));

        Assert.Contains("通知を控える時間帯：22:00〜翌7:00", Text(later));
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)), afterLater);
        Assert.Contains("通知を控える時間帯：なし（いつでも届きます）", Text(off));
        Assert.Null((await StoredAsync(account))!.QuietHours);
    }

    [Fact]
    public async Task InterestsAreChosenOneTapEachAndATickedOneTapsOut()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);

        var interests = await bot.PressAsync(user, NotificationSettingsActions.Interests.ToString());
        var health = await bot.PressAsync(user, Action(interests, "健康"));
        var childcare = await bot.PressAsync(user, Action(health, "子育て"));
        var healthOut = await bot.PressAsync(user, Action(childcare, "✓健康"));

        Assert.Contains("✓子育て", Choices(childcare).Select(c => c.Label));
        Assert.Contains("✓健康", Choices(childcare).Select(c => c.Label));
        Assert.Contains("（今：子育て）", Text(healthOut));
        Assert.Equal(["childcare"], (await StoredAsync(account))!.Interests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"type":"https://portal.test/problems/invalid-input","title":"入力内容に誤りがあります。","status":400,"detail":"「税」の通知方法（email・chat）を選び直してください。"}""", "「税」の通知方法（email・chat）を選び直してください。")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"title":"ただいま混み合っています。","status":503}""", "ただいま混み合っています。")]
    [InlineData(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "少し時間をおいて、もう一度お試しください。")]
    public async Task ASaveThePortalRefusesShowsItsWordsAndChangesNothing(HttpStatusCode status, string body, string shown)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(request.Method == HttpMethod.Put
            ? new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/problem+json" : "text/html") }
            : null);

        var replies = await bot.PressAsync(user, NotificationSettingsActions.SetChannels("tax", "none").ToString());

        var refusal = Assert.IsType<TextMessage>(replies[0]).Text;
        Assert.Contains("通知設定を変更できませんでした。", refusal);
        Assert.Contains(shown, refusal);
        Assert.Contains("設定は変わっていません。", refusal);
        Assert.Contains("・税：チャットとメール", Text(replies));
        Assert.Null(await StoredAsync(account));
    }

    [Fact]
    public async Task AChangeMadeElsewhereMeanwhileIsKeptAndTheChatsChangeIsAppliedOnTopOfIt()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);
        var repository = host.Portal.Services.GetRequiredService<NotificationPreferencesRepository>();
        var first = await repository.SaveAsync(
            NotificationPreferences.Defaults(account, emailNotifications: true) with { UpdatedAt = DateTimeOffset.UtcNow }, null, CancellationToken.None);
        var puts = 0;
        bot.Handler.Intercept = async (request, cancellationToken) =>
        {
            if (request.Method == HttpMethod.Put && Interlocked.Increment(ref puts) == 1)
            {
                // Another device saves between the chat's read and its save: the chat's If-Match is now stale.
                await repository.SaveAsync(first.Document with { Interests = ["pension"], UpdatedAt = DateTimeOffset.UtcNow }, null, cancellationToken);
            }
            return null;
        };

        var replies = await bot.PressAsync(user, NotificationSettingsActions.SetChannels("health", "email").ToString());

        Assert.Contains("通知設定を変更しました。", Text(replies));
        var stored = (await StoredAsync(account))!;
        Assert.Equal(["email"], stored.Channels["health"]);
        Assert.Equal(["pension"], stored.Interests);
        Assert.Equal(2, puts);
    }

    [Fact]
    public async Task WithoutALoginTheSettingAsksForOneBeforeThePortalIsAskedAnything()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var asked = false;
        bot.Handler.Intercept = (request, _) =>
        {
            asked |= request.RequestUri!.AbsolutePath.Contains("notification-preferences", StringComparison.Ordinal);
            return Task.FromResult<HttpResponseMessage?>(null);
        };

        var replies = await bot.PressAsync(user, NotificationSettingsActions.SetChannels("tax", "none").ToString());

        Assert.False(asked);
        Assert.Contains("ログイン", Text(replies));
    }

    [Theory]
    [InlineData("v1:notify:channels:tax:sometimes")]
    [InlineData("v1:notify:channels:lottery:none")]
    [InlineData("v1:notify:quiet-set:0300-0400")]
    [InlineData("v1:notify:interest-on:lottery")]
    public async Task AButtonNamingWhatTheSettingDoesNotHaveIsStaleAndSavesNothing(string action)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = await LogInRegisteredAsync(bot, user);

        var replies = await bot.PressAsync(user, action);

        Assert.Contains("そのボタンは古くなった", Text(replies));
        Assert.Null(await StoredAsync(account));
    }

    [Fact]
    public async Task TheNoticeListOffersTheSetting()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await LogInRegisteredAsync(bot, user);
        var inbox = new FakeNoticeInbox();
        inbox.Pages[""] = new global::Portal.Contracts.Notices.Inbox.NoticeList([FakeNoticeInbox.Notice("ntc-1", "健診のご案内", read: false)], null);
        inbox.Attach(bot);

        var list = await bot.SayAsync(user, "お知らせ");

        Assert.Equal(NotificationSettingsActions.Show.ToString(), Action(list, "通知設定"));
    }

    /// <summary>A registered resident (メール通知 on) logged in in the user's conversation.</summary>
    private async Task<string> LogInRegisteredAsync(TestBot bot, ChannelUser user) =>
        (await host.LogInStoredAsync(bot, user, Arakawa)).AccountId!;

    private async Task<NotificationPreferences?> StoredAsync(string account) =>
        (await host.Portal.Services.GetRequiredService<NotificationPreferencesRepository>().ReadAsync(account, CancellationToken.None))?.Document;
}
