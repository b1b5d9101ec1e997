using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.Catalog;

namespace Portal.Domain.Tests.Notices.Areas;

public sealed class ResidentAreasTests
{
    private static readonly Portal.Domain.Procedures.LocalGovernments.LocalGovernmentDirectory Directory = LocalGovernmentCatalog.Load();
    private readonly ResidentAreas _areas = new(Directory);

    /// <summary>Addresses as the card's basic 4 items give them, and the chain of bodies whose area notices reach them.</summary>
    [Theory]
    [InlineData("東京都千代田区千代田1-1", "千代田区", "千代田区 東京都")]
    [InlineData("北海道札幌市中央区北1条西2丁目", "札幌市中央区", "札幌市中央区 札幌市 北海道")]
    [InlineData("北海道虻田郡洞爺湖町栄町58番地", "洞爺湖町", "洞爺湖町 北海道")]
    [InlineData("北海道余市郡余市町朝日町26番地", "余市町", "余市町 北海道")]
    [InlineData("福島県郡山市朝日一丁目23番7号", "郡山市", "郡山市 福島県")]
    [InlineData("東京都府中市宮西町2-24", "府中市", "府中市 東京都")]
    [InlineData("広島県府中市府川町315", "府中市", "府中市 広島県")]
    [InlineData("東京都　中央区　築地１－１－１", "中央区", "中央区 東京都")]
    [InlineData("埼玉県さいたま市中央区下落合5-7-10", "さいたま市中央区", "さいたま市中央区 さいたま市 埼玉県")]
    [InlineData("東京都どこにもない市1-1", "東京都", "東京都")]
    public void AnAddressResolvesToTheMostSpecificBodyAndItsChainUpToTheCountry(string address, string body, string chain)
    {
        var resolved = _areas.Resolve(address);
        var keys = _areas.ChainOf(address).Keys;

        Assert.Equal(body, resolved?.Name);
        Assert.Equal(AudienceKeys.National, keys[^1]);
        Assert.Equal(chain, string.Join(' ', keys.SkipLast(1).Select(k => NameOf(k))));
    }

    [Fact]
    public void TheSameCityNameInTwoPrefecturesResolvesToTwoBodies()
    {
        Assert.NotEqual(_areas.Resolve("東京都府中市宮西町2-24")!.Code, _areas.Resolve("広島県府中市府川町315")!.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Springfield, USA")]
    public void AnUnknownAddressIsReachedOnlyByNationalNotices(string? address)
    {
        Assert.Null(_areas.Resolve(address));
        Assert.Equal([AudienceKeys.National], _areas.ChainOf(address).Keys);
    }

    private static string NameOf(string key) =>
        Directory.All.Single(l => AudienceKeys.Area(l.Code) == key).Name;
}
