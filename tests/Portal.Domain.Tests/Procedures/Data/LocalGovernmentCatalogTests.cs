using Portal.Domain.LocalGovernments;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Tests.Procedures.Data;

public sealed class LocalGovernmentCatalogTests
{
    private static readonly LocalGovernmentDirectory Directory = LocalGovernmentCatalog.Load();

    private const string PrefecturesHeader =
        "pid,pref,prefkana,prefshort,prefshortkana,pref_en,pref3code,url,lgcode,ISO3166-2,capital,lat,lng\n";

    private const string LocalHeader = "pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode\n";

    [Fact]
    public void TheEmbeddedListHas1916MunicipalitiesAndWardsAnd47Prefectures()
    {
        Assert.Equal(47, Directory.Prefectures.Count);
        Assert.Equal(1916, Directory.All.Count(l => l.Kind != LocalGovernmentKinds.Prefecture));
        Assert.Equal(1916 + 47, Directory.All.Count);
    }

    [Fact]
    public void EveryCodeIsAValidLocalGovernmentCode()
    {
        Assert.All(Directory.All, l => Assert.Equal(LocalGovernmentCodeProblem.None, LocalGovernmentCode.Check(l.Code)));
        Assert.All(Directory.All, l => Assert.Equal(LocalGovernmentCodeProblem.None, LocalGovernmentCode.Check(l.PrefectureCode)));
    }

    [Theory]
    [InlineData("010006", "北海道", "ほっかいどう")]
    [InlineData("050008", "秋田県", "あきたけん")]
    [InlineData("090000", "栃木県", "とちぎけん")]
    [InlineData("130001", "東京都", "とうきょうと")]
    [InlineData("470007", "沖縄県", "おきなわけん")]
    public void PrefectureCodesThatLostTheirLeadingZeroArePaddedAndValidate(string code, string name, string kana)
    {
        var prefecture = Directory.Find(code);

        Assert.NotNull(prefecture);
        Assert.Equal(name, prefecture.Name);
        Assert.Equal(kana, prefecture.Kana);
        Assert.Equal(LocalGovernmentKinds.Prefecture, prefecture.Kind);
        Assert.Equal(code, prefecture.PrefectureCode);
        Assert.Null(prefecture.ParentCode);
    }

    [Fact]
    public void SapporoIsADesignatedCityWithTenWards()
    {
        var sapporo = Directory.Find("011002")!;
        var wards = Directory.WardsOf("011002");

        Assert.Equal(LocalGovernmentKinds.DesignatedCity, sapporo.Kind);
        Assert.Equal(10, wards.Count);
        Assert.All(wards, w =>
        {
            Assert.Equal(LocalGovernmentKinds.Ward, w.Kind);
            Assert.Equal("011002", w.ParentCode);
            Assert.Equal("010006", w.PrefectureCode);
            Assert.StartsWith("札幌市", w.Name, StringComparison.Ordinal);
        });
        Assert.Contains(wards, w => w is { Code: "011011", Name: "札幌市中央区", Kana: "さっぽろしちゅうおうく" });
    }

    [Fact]
    public void TwentyDesignatedCitiesHoldEveryWardAndNoWardHasWardsOfItsOwn()
    {
        var cities = Directory.All.Where(l => l.Kind == LocalGovernmentKinds.DesignatedCity).ToList();
        var wards = Directory.All.Where(l => l.Kind == LocalGovernmentKinds.Ward).ToList();

        Assert.Equal(20, cities.Count);
        Assert.Equal(175, wards.Count);
        Assert.All(wards, w => Assert.Equal(LocalGovernmentKinds.DesignatedCity, Directory.Find(w.ParentCode)!.Kind));
        Assert.All(cities, c => Assert.NotEmpty(Directory.WardsOf(c.Code)));
        Assert.All(Directory.All.Where(l => l.Kind != LocalGovernmentKinds.Ward), l => Assert.Null(l.ParentCode));
    }

    [Fact]
    public void TokyosTwentyThreeWardsAreSpecialWards()
    {
        var specialWards = Directory.All.Where(l => l.Kind == LocalGovernmentKinds.SpecialWard).ToList();

        Assert.Equal(23, specialWards.Count);
        Assert.All(specialWards, w => Assert.Equal("130001", w.PrefectureCode));
        Assert.Contains(specialWards, w => w is { Code: "131016", Name: "千代田区", Kana: "ちよだく" });
        Assert.Contains(specialWards, w => w is { Code: "131181", Name: "荒川区" });
    }

    [Fact]
    public void NamesAndReadingsHaveNoSpacesAndEveryBodyHasAPrefectureAndASite()
    {
        Assert.All(Directory.All, l =>
        {
            Assert.DoesNotContain(' ', l.Name);
            Assert.Matches("^[\u3041-\u3096ー]+$", l.Kana);
            Assert.Equal(l.PrefectureName, Directory.Find(l.PrefectureCode)!.Name);
            Assert.StartsWith("http", l.WebSite, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void OfferingMunicipalitiesAreEveryMunicipalityButNoWard()
    {
        Assert.Equal(1916 - 175, Directory.OfferingMunicipalities.Count);
        Assert.DoesNotContain(Directory.OfferingMunicipalities, l => l.Kind is LocalGovernmentKinds.Ward or LocalGovernmentKinds.Prefecture);
    }

    [Fact]
    public void AQuotedFieldWithQuotesAndCommasInsideIsRead()
    {
        // 庄原市's phrase is quoted with "" inside: the row still has its code and site.
        Assert.Equal("庄原市", Directory.Find("342106")!.Name);
    }

    [Theory]
    [InlineData("011003", "WrongCheckDigit")]
    [InlineData("11003", "WrongCheckDigit")]
    [InlineData("1100", "NotSixDigits")]
    [InlineData("991002", "NoSuchPrefecture")]
    public void ARowWhoseCodeFailsIsAnErrorNamingTheRow(string lgcode, string problem)
    {
        var prefectures = PrefecturesHeader + "1,北海道,ほっかいどう,北海道,ほっかいどう,Hokkaido,HKD,https://www.pref.hokkaido.lg.jp/,10006,JP-01,札幌市,43,141\n";
        var locals = LocalHeader + $"1,北海道,1100,札幌市,さっぽろし,43,141,https://www.city.sapporo.jp/,,{lgcode}\n";

        var error = Assert.Throws<InvalidDataException>(() => LocalGovernmentCatalog.Parse(prefectures, locals));

        Assert.Contains("localgovjp-utf8.csv line 2 (札幌市)", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWardWithoutItsCitysRowIsAnError()
    {
        var prefectures = PrefecturesHeader + "1,北海道,ほっかいどう,北海道,ほっかいどう,Hokkaido,HKD,https://www.pref.hokkaido.lg.jp/,10006,JP-01,札幌市,43,141\n";
        var locals = LocalHeader + "1,北海道,1101,札幌市 中央区,さっぽろし ちゅうおうく,43,141,https://www.city.sapporo.jp/chuo/,,011011\n";

        var error = Assert.Throws<InvalidDataException>(() => LocalGovernmentCatalog.Parse(prefectures, locals));

        Assert.Contains("line 2 (札幌市 中央区)", error.Message, StringComparison.Ordinal);
    }
}
