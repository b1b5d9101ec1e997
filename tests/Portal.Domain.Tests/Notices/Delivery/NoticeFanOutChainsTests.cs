using System.Text.Json;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Delivery;

namespace Portal.Domain.Tests.Notices.Delivery;

/// <summary>
/// A prefecture's or the country's notice pages through independent chains: together they must reach every resident
/// of the audience exactly once (a designated city's wards, residents placed only in the prefecture, accounts without
/// a card profile for the country), and a redelivered page must keep its id, which the LINE retry key derives from.
/// </summary>
public sealed class NoticeFanOutChainsTests(NoticeRecipientsFixture fixture) : IClassFixture<NoticeRecipientsFixture>
{
    private const string Osaka = "270008";

    [Fact]
    public async Task APrefectureNoticeReachesEveryResidentOfItsMunicipalitiesOnceIncludingADesignatedCitysWards()
    {
        var reached = await fixture.ReachedAsync(AudienceKeys.Area(Osaka));

        var inOsaka = fixture.ByAddress.Where(a => a.Key.StartsWith("大阪府", StringComparison.Ordinal)).Select(a => a.Value);
        Assert.Equal(inOsaka.Order(), reached.Order());
    }

    [Fact]
    public async Task ANationalNoticeReachesEveryAccountOnceThoseWithoutACardProfileToo()
    {
        var reached = await fixture.ReachedAsync(AudienceKeys.National);

        Assert.Equal(fixture.ByAddress.Values.Append(fixture.WithoutProfile).Order(), reached.Order());
    }

    [Fact]
    public async Task ANoticeToADesignatedCitySplitsIntoItsWardsAndItselfAndReachesEachOfItsResidentsOnce()
    {
        var osakaCity = AudienceKeys.Area("271004");

        var reached = await fixture.ReachedAsync(osakaCity);

        Assert.Equal(25, fixture.Chains.Of(osakaCity).Count); // 24 wards, and the city for those placed in no ward
        Assert.Equal(
            new[] { "大阪府大阪市北区中之島1-3-20", "大阪府大阪市都島区中野町1-1", "大阪府大阪市" }.Select(a => fixture.ByAddress[a]).Order(),
            reached.Order());
    }

    [Fact]
    public void AWardOrAMunicipalityWithoutWardsIsOneChain()
    {
        Assert.Equal([null], fixture.Chains.Of(AudienceKeys.Area("271276"))); // 大阪市北区
        Assert.Equal([null], fixture.Chains.Of(AudienceKeys.Area("272035"))); // 豊中市
    }

    [Fact]
    public void APrefectureSplitsIntoItsMunicipalitiesTheWardsOfItsDesignatedCitiesAndItself()
    {
        var chains = fixture.Chains.Of(AudienceKeys.Area(Osaka));

        Assert.Contains("271276", chains); // 大阪市北区: a designated city's wards page side by side
        Assert.Contains("271004", chains); // 大阪市 itself, for residents placed in none of its wards
        Assert.Contains(Osaka, chains); // placed in the prefecture only
        Assert.Equal(chains.Count, chains.Distinct().Count());
    }

    [Fact]
    public void TheCountrySplitsIntoThePrefecturesAndTheUnplacedAccounts()
    {
        var chains = fixture.Chains.Of(AudienceKeys.National);

        Assert.Equal(48, chains.Count);
        Assert.Contains(NoticeFanOutChains.Unplaced, chains);
    }

    [Fact]
    public void ARedeliveredPageKeepsItsPageIdAndChainsOfOneNoticeDoNotShareOne()
    {
        var page = new NoticeFanOutPage("n-1", AudienceKeys.Area(Osaka), 3, "continuation", Chain: "271004");
        var redelivered = JsonSerializer.Deserialize<NoticeFanOutPage>(JsonSerializer.Serialize(page, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        Assert.Equal("n-1.271004.3", redelivered.PageId());
        Assert.Equal(page.PageId(), redelivered.PageId());
        Assert.NotEqual(page.PageId(), (page with { Chain = "272019" }).PageId());
        Assert.Equal(fixture.Chains.Of(AudienceKeys.National), fixture.Chains.Of(AudienceKeys.National));
    }
}
