using System.Globalization;
using System.Net;
using Bot.Core.Content;
using Bot.Core.Conversations;
using Bot.Core.Exchanges;
using Bot.Core.Messages;
using Bot.Core.Tests.Information;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Storage;
using Portal.Testing.Queues;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Exchanges;

/// <summary>
/// やりとり履歴 as a whole conversation: 千代田区 asked for the resident's 税・所得 held by 港区 for 児童手当 (provided) and
/// once for a task outside the table (refused), through the agencies' API. The chat says counts only; who asked whom for
/// what is on the content page, after the button.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class ExchangesChatTests(BotTestHost host)
{
    private const string ChildAllowance = "child-allowance-eligibility";

    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    /// <summary>Names of bodies, items and tasks: none of them may reach the chat or the logs.</summary>
    private static readonly string[] Content = ["千代田区", "港区", "税・所得", "児童手当", "curiosity"];

    [Fact]
    public async Task TheChatAnswersTheLastYearWithCountsPerKindAndALinkButNeverWhoOrWhat()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = InformationChatTests.AccountOf(await host.LogInStoredAsync(bot, user, Arakawa));
        await ExchangedAsync(account);

        var menu = await bot.SayAsync(user, "メニュー");
        var asked = await bot.PressAsync(user, Action(menu, "やりとり履歴"));
        Assert.Contains("7年前まで", Text(asked));
        Assert.Equal(ConversationSteps.ExchangesPeriod, (await bot.StoredAsync(user)).State.Step);
        var answer = await bot.PressAsync(user, Action(asked, "過去1年間"));

        Assert.Contains("過去1年間のやりとり: 3件（情報照会 3件）、提供されなかった照会 1件", Text(answer));
        var link = Assert.Single(answer.OfType<LinkMessage>());
        Assert.StartsWith("http://localhost:7072/api/content/", link.Url.ToString(), StringComparison.Ordinal);
        foreach (var value in Content)
        {
            Assert.DoesNotContain(value, Text(answer), StringComparison.Ordinal);
            Assert.DoesNotContain(value, bot.Logs.All, StringComparison.Ordinal);
        }
        Assert.Equal(ConversationSteps.Idle, (await bot.StoredAsync(user)).State.Step);
    }

    [Fact]
    public async Task ThePageListsWhenWhoAskedWhoProvidedWhatAndForWhichTaskOnceAfterTheButton()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var account = InformationChatTests.AccountOf(await host.LogInStoredAsync(bot, user, Arakawa));
        await ExchangedAsync(account);
        await bot.SayAsync(user, "やりとり履歴");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
        var answer = await bot.SayAsync(user, $"{Iso(today.AddDays(-1))}〜{Iso(today.AddDays(1))}");
        var id = Assert.Single(answer.OfType<LinkMessage>()).Url.Segments[^1];
        var pages = bot.Service<ContentPageService>();

        var offer = await pages.ShowAsync(id, CancellationToken.None);
        Assert.Contains("やりとり履歴（", offer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("港区", offer.Html, StringComparison.Ordinal);
        var shown = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);
        var again = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);

        Assert.Equal(200, shown.Status);
        foreach (var row in new[]
        {
            "<th>照会機関</th><td>千代田区</td>", "<th>提供機関</th><td>港区</td>", "<th>情報の項目</th><td>税・所得</td>",
            "<th>事務</th><td>児童手当法による児童手当の認定に関する事務</td>", "<th>不開示の有無</th><td>なし</td>",
            "<th>事務</th><td>curiosity</td>", "<th>提供機関</th><td>（照会は認められませんでした）</td>", "提供されませんでした",
        })
        {
            Assert.Contains(row, shown.Html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("3000000", shown.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(410, again.Status);
    }

    [Theory]
    [InlineData("平成30年4月1日〜平成31年3月31日", "7年より前")]
    [InlineData("去年のどこか", "期間が読み取れませんでした")]
    public async Task APeriodOutsideTheSevenYearsOrUnreadIsAskedAgainAndNothingIsFetched(string typed, string told)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);
        var fetched = false;
        bot.Handler.Intercept = (request, _) =>
        {
            fetched |= request.RequestUri!.AbsolutePath == "/api/me/exchanges";
            return Task.FromResult<HttpResponseMessage?>(null);
        };
        await bot.PressAsync(user, ExchangeActions.Start.ToString());

        var replies = await bot.SayAsync(user, typed);

        Assert.Contains(told, Text(replies));
        Assert.False(fetched);
        Assert.Equal(ConversationSteps.ExchangesPeriod, (await bot.StoredAsync(user)).State.Step);
    }

    [Fact]
    public async Task NoExchangesInThePeriodIsSaidWithoutALink()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);
        await bot.PressAsync(user, ExchangeActions.Start.ToString());

        var answer = await bot.PressAsync(user, ExchangeActions.LastYear.ToString());

        Assert.Contains("過去1年間のやりとり: 0件", Text(answer));
        Assert.Empty(answer.OfType<LinkMessage>());
    }

    /// <summary>港区 holds a tax record; 千代田区 asks for it for 児童手当 twice and once for a task not in the table.</summary>
    private async Task ExchangedAsync(string account)
    {
        using var http = host.Portal.CreateClient();
        var chiyoda = InformationAgency.OfChiyoda(host.Portal.Services, http);
        await InformationAgency.OfMinato(host.Portal.Services, http).PutTaxAsync(account, "tax-2024", 2024, 3_000_000);
        Assert.Equal(HttpStatusCode.OK, await chiyoda.AskAsync(account, "tax-income", ChildAllowance));
        Assert.Equal(HttpStatusCode.Forbidden, await chiyoda.AskAsync(account, "tax-income", "curiosity"));
        Assert.Equal(HttpStatusCode.OK, await chiyoda.AskAsync(account, "tax-income", ChildAllowance));
        var services = host.Portal.Services;
        await QueueDrain.UntilEmptyAsync(
            services.GetRequiredService<StorageAccount>().Queue(services.GetRequiredService<ExchangeOutbox>().QueueName), TimeSpan.FromSeconds(60));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
