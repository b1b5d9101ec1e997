using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The 20 bodies residents are seeded in, all in 神奈川県 so that "everyone in the prefecture" is every seeded resident,
/// and mixed in shape: 12 wards of 横浜市 and 4 of 川崎市 (chain ward → city → prefecture → national, the longest) and
/// 4 cities without wards (city → prefecture → national). Names as the CC0 list writes them; codes are looked up.
/// </summary>
public static class SeedAreas
{
    public const int Count = 20;

    public const string PrefectureName = "神奈川県";

    /// <summary>The inbox resident's ward: its chain has four partitions (中区, 横浜市, 神奈川県, national).</summary>
    public const string InboxWardName = "横浜市中区";

    private static readonly string[] Names =
    [
        "横浜市鶴見区", "横浜市神奈川区", "横浜市西区", "横浜市中区", "横浜市南区", "横浜市保土ケ谷区",
        "横浜市磯子区", "横浜市金沢区", "横浜市港北区", "横浜市戸塚区", "横浜市港南区", "横浜市旭区",
        "川崎市川崎区", "川崎市幸区", "川崎市中原区", "川崎市高津区",
        "横須賀市", "鎌倉市", "藤沢市", "茅ヶ崎市",
    ];

    /// <summary>The 20 bodies, in the order residents are dealt to them (resident i lives in body i mod 20).</summary>
    /// <exception cref="InvalidOperationException">The list no longer has one of the names.</exception>
    public static IReadOnlyList<LocalGovernment> In(LocalGovernmentDirectory directory)
    {
        var prefecture = directory.Prefectures.Single(p => p.Name == PrefectureName);
        return [.. Names.Select(name => directory.All.SingleOrDefault(l => l.PrefectureCode == prefecture.Code && l.Name == name)
            ?? throw new InvalidOperationException($"The local government list has no {name} in {PrefectureName}."))];
    }
}
