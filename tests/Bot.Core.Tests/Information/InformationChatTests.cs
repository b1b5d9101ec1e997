using Bot.Core.Content;
using Bot.Core.Conversations;
using Bot.Core.Information;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Information;

/// <summary>
/// わたしの情報 as a whole conversation: the menu, a group and a category of the portal's catalogue, the 確認対象日 typed in
/// 和暦, and an answer of counts and a content link. The records were registered by 千代田区 through the agencies' API;
/// none of their values reaches the chat or the logs.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class InformationChatTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task TheChatAnswersWithCountsPerProviderAndALinkButNeverAValue()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        var account = AccountOf(session);
        using (var http = host.Portal.CreateClient())
        {
            var chiyoda = InformationAgency.OfChiyoda(host.Portal.Services, http);
            await chiyoda.PutTaxAsync(account, "tax-2024", 2024, 4_812_345);
            await chiyoda.PutTaxAsync(account, "tax-2023", 2023, 3_976_543);
            await chiyoda.PutWithheldAsync(account, "tax-income", "tax-dv");
        }

        var menu = await bot.SayAsync(user, "メニュー");
        var groups = await bot.PressAsync(user, Action(menu, "わたしの情報"));
        Assert.Contains("税・所得・口座", Choices(groups).Select(c => c.Label));
        var categories = await bot.PressAsync(user, Action(groups, "税・所得・口座"));
        Assert.Contains("税・所得", Choices(categories).Select(c => c.Label));
        var asked = await bot.PressAsync(user, Action(categories, "税・所得"));
        Assert.Contains("確認対象日", Text(asked));
        var answer = await bot.SayAsync(user, "令和6年7月1日");

        Assert.Contains("わたしの情報（令和6年7月1日時点）\n税・所得: 3件（千代田区 3件）、不開示 1件", Text(answer));
        var link = Assert.Single(answer.OfType<LinkMessage>());
        Assert.StartsWith("http://localhost:7072/api/content/", link.Url.ToString(), StringComparison.Ordinal);
        foreach (var value in new[] { "4812345", "4,812,345", "3976543", "240617" })
        {
            Assert.DoesNotContain(value, Text(answer), StringComparison.Ordinal);
            Assert.DoesNotContain(value, bot.Logs.All, StringComparison.Ordinal);
        }
        Assert.Equal(ConversationSteps.Idle, (await bot.StoredAsync(user)).State.Step);
    }

    [Fact]
    public async Task ThePageShowsTheLabelsAndValuesOnceAfterTheButtonAndWithheldOnlyAsSuch()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        using (var http = host.Portal.CreateClient())
        {
            var chiyoda = InformationAgency.OfChiyoda(host.Portal.Services, http);
            await chiyoda.PutTaxAsync(AccountOf(session), "tax-2024", 2024, 4_812_345);
            await chiyoda.PutWithheldAsync(AccountOf(session), "tax-income", "tax-dv");
        }
        var id = await AskAsync(bot, user, "2024-07-01");
        var pages = bot.Service<ContentPageService>();

        var offer = await pages.ShowAsync(id, CancellationToken.None);
        Assert.Equal(200, offer.Status);
        Assert.Contains("表示する", offer.Html, StringComparison.Ordinal);
        Assert.Contains("Web チャット", offer.Html, StringComparison.Ordinal);
        Assert.Contains("税・所得（令和6年7月1日時点）", offer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("4812345", offer.Html, StringComparison.Ordinal);

        var shown = await pages.OpenAsync(id, CsrfOf(offer), CancellationToken.None);

        Assert.Equal(200, shown.Status);
        Assert.Contains("合計所得金額（円）", shown.Html, StringComparison.Ordinal);
        Assert.Contains("4812345", shown.Html, StringComparison.Ordinal);
        Assert.Contains("提供機関: 千代田区", shown.Html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"withheld\">不開示</p>", shown.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("4812345", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateItCannotReadIsAskedAgainAndNothingIsFetched()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);
        var fetched = false;
        bot.Handler.Intercept = (request, _) =>
        {
            fetched |= request.RequestUri!.AbsolutePath == "/api/me/information";
            return Task.FromResult<HttpResponseMessage?>(null);
        };
        await bot.PressAsync(user, InformationActions.Category("tax-income").ToString());

        var replies = await bot.SayAsync(user, "来週のどこか");

        Assert.Contains("日付が読み取れませんでした", Text(replies));
        Assert.False(fetched);
        Assert.Equal(ConversationSteps.InformationDate, (await bot.StoredAsync(user)).State.Step);
    }

    /// <summary>A category and a day through the chat; the content link's id.</summary>
    internal static async Task<string> AskAsync(TestBot bot, ChannelUser user, string day)
    {
        await bot.PressAsync(user, InformationActions.Category("tax-income").ToString());
        var answer = await bot.SayAsync(user, day);
        return Assert.Single(answer.OfType<LinkMessage>()).Url.Segments[^1];
    }

    internal static string CsrfOf(ContentPage offer)
    {
        const string marker = "name=\"csrf\" value=\"";
        var start = offer.Html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return offer.Html[start..offer.Html.IndexOf('"', start)];
    }

    /// <summary>The account the test login made (its token's subject).</summary>
    internal static string AccountOf(PortalSession session) =>
        System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(session.AccessToken.Split('.')[1]))
            .RootElement.GetProperty("sub").GetString()!;
}
