using Bot.Core.Content;
using Bot.Core.Tests.Information;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Content;

/// <summary>
/// A sealed content link is used once, within its lifetime, and only by a post from its own page (the anti-CSRF token
/// it carries); a GET never fetches the content. Exercised through わたしの情報, its first kind.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class ContentLinkTests(BotTestHost host)
{
    private static readonly global::Bot.Core.Conversations.RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task ASecondPressAndAVisitAfterItAreToldTheLinkWasUsed()
    {
        await using var bot = host.StartBot();
        var (id, pages, offer) = await OfferAsync(bot);

        var first = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);
        var second = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);
        var visit = await pages.ShowAsync(id, CancellationToken.None);

        Assert.Contains("合計所得金額（円）", first.Html, StringComparison.Ordinal);
        Assert.All(new[] { second, visit }, page =>
        {
            Assert.Equal(410, page.Status);
            Assert.Contains("使用済みか、有効期限が切れています", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("合計所得金額", page.Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TwoPressesAtOnceShowTheContentOnlyOnce()
    {
        await using var bot = host.StartBot();
        var (id, pages, offer) = await OfferAsync(bot);
        var csrf = InformationChatTests.CsrfOf(offer);

        var both = await Task.WhenAll(pages.OpenAsync(id, csrf, CancellationToken.None), pages.OpenAsync(id, csrf, CancellationToken.None));

        Assert.Single(both, page => page.Html.Contains("合計所得金額（円）", StringComparison.Ordinal));
        Assert.Single(both, page => page.Status == 410);
    }

    [Fact]
    public async Task APostWithoutTheLinksTokenShowsNothingAndLeavesTheLinkUsable()
    {
        await using var bot = host.StartBot();
        var (id, pages, offer) = await OfferAsync(bot);

        var forged = await pages.OpenAsync(id, "forged-token", CancellationToken.None);
        var missing = await pages.OpenAsync(id, null, CancellationToken.None);
        var own = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);

        Assert.All(new[] { forged, missing }, page =>
        {
            Assert.Equal(403, page.Status);
            Assert.DoesNotContain("合計所得金額", page.Html, StringComparison.Ordinal);
        });
        Assert.Contains("合計所得金額（円）", own.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenMinutesLaterTheLinkIsExpired()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var bot = host.StartBot(services => services.AddSingleton<TimeProvider>(clock));
        var (id, pages, offer) = await OfferAsync(bot);

        clock.Advance(ContentLinks.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(410, (await pages.ShowAsync(id, CancellationToken.None)).Status);
        var late = await pages.OpenAsync(id, InformationChatTests.CsrfOf(offer), CancellationToken.None);
        Assert.Equal(410, late.Status);
        Assert.DoesNotContain("合計所得金額", late.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownOrMalformedLinkIsNotFound()
    {
        await using var bot = host.StartBot();
        var pages = bot.Service<ContentPageService>();

        Assert.Equal(404, (await pages.ShowAsync(new string('a', 32), CancellationToken.None)).Status);
        Assert.Equal(404, (await pages.ShowAsync("../../conversations", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task TheStoredLinkNamesNeitherTheConversationNorWhatItShows()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        using (var http = host.Portal.CreateClient())
        {
            await InformationAgency.OfChiyoda(host.Portal.Services, http).PutTaxAsync(InformationChatTests.AccountOf(session), "tax-2024", 2024, 4_812_345);
        }
        var id = await InformationChatTests.AskAsync(bot, user, "2024-07-01");

        var stored = (await bot.Service<global::Bot.Core.Storage.BotDatabase>().Container(global::Bot.Core.Storage.BotContainers.ContentLinks)
            .ReadItemAsync<System.Text.Json.Nodes.JsonObject>(id, new Microsoft.Azure.Cosmos.PartitionKey(id))).Resource.ToJsonString();

        Assert.DoesNotContain(user.UserId, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("tax-income", stored, StringComparison.Ordinal);
        Assert.Contains("enc1.", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(global::Bot.Core.Messages.Channels.Line, "LINEのチャットから")]
    [InlineData(global::Bot.Core.Messages.Channels.Teams, "Microsoft Teamsのチャットから")]
    [InlineData(global::Bot.Core.Messages.Channels.WebChat, "Web チャットのチャットから")]
    public async Task ThePageNamesTheChannelTheResidentAskedFrom(string channel, string named)
    {
        await using var bot = host.StartBot();

        var (_, _, offer) = await OfferAsync(bot, new global::Bot.Core.Messages.ChannelUser(channel, Guid.NewGuid().ToString("N")));

        Assert.Contains(named, offer.Html, StringComparison.Ordinal);
    }

    private async Task<(string Id, ContentPageService Pages, ContentPage Offer)> OfferAsync(
        TestBot bot, global::Bot.Core.Messages.ChannelUser? asker = null)
    {
        var user = asker ?? NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        using (var http = host.Portal.CreateClient())
        {
            await InformationAgency.OfChiyoda(host.Portal.Services, http).PutTaxAsync(InformationChatTests.AccountOf(session), "tax-2024", 2024, 4_812_345);
        }
        var id = await InformationChatTests.AskAsync(bot, user, "R6.7.1");
        var pages = bot.Service<ContentPageService>();
        var offer = await pages.ShowAsync(id, CancellationToken.None);
        Assert.Equal(200, offer.Status);
        return (id, pages, offer);
    }
}
