namespace Portal.Domain.Tests.Procedures.Search;

public sealed class LocalGovernmentLookupTests
{
    [Theory]
    [InlineData("荒川")]
    [InlineData("荒川区")]
    [InlineData("あらかわ")]
    [InlineData("アラカワ")]
    [InlineData("ｱﾗｶﾜ")]
    [InlineData("あらかわく")]
    [InlineData("東京都荒川区")]
    [InlineData(" 荒川 ")]
    public void Arakawa_is_found_first_by_kanji_kana_or_either_script(string typed) =>
        Assert.Equal("荒川区", SampleCatalog.SearchIndex.FindLocalGovernments(typed, 5)[0].Name);

    [Fact]
    public void Part_of_a_name_finds_it_too() =>
        Assert.Contains(SampleCatalog.SearchIndex.FindLocalGovernments("らかわ", 20), l => l.Name == "荒川区");

    [Theory]
    [InlineData("札幌")]
    [InlineData("さっぽろ")]
    [InlineData("サッポロ")]
    public void Sapporo_finds_the_city_first_then_its_wards(string typed)
    {
        var found = SampleCatalog.SearchIndex.FindLocalGovernments(typed, 20);
        Assert.Equal("札幌市", found[0].Name);
        var wards = found.Skip(1).Take(10).ToList();
        Assert.Equal(10, wards.Count);
        Assert.All(wards, w => Assert.Equal(SampleCatalog.Sapporo, w.ParentCode));
    }

    [Fact]
    public void Exact_names_come_before_prefixes_and_prefixes_before_partial_matches()
    {
        var found = SampleCatalog.SearchIndex.FindLocalGovernments("中央区", 20).Select(l => l.Name).ToList();
        Assert.Equal("中央区", found[0]); // 東京都中央区: the only exact name
        Assert.Contains("札幌市中央区", found);
    }

    [Fact]
    public void A_prefecture_is_found_by_its_short_name() =>
        Assert.Equal("北海道", SampleCatalog.SearchIndex.FindLocalGovernments("ほっかいどう", 3)[0].Name);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzz")]
    public void Nothing_or_nonsense_finds_nothing(string typed) =>
        Assert.Empty(SampleCatalog.SearchIndex.FindLocalGovernments(typed, 10));

    [Fact]
    public void At_most_max_are_returned() =>
        Assert.Equal(3, SampleCatalog.SearchIndex.FindLocalGovernments("札幌", 3).Count);
}
