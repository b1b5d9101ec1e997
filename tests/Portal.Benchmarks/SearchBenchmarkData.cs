using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Search;

namespace Portal.Benchmarks;

/// <summary>The full seeded catalog (every template, every body's offerings) and the fixed 50 queries both engines answer.</summary>
public static class SearchBenchmarkData
{
    private const string Arakawa = "131181", SapporoChuo = "011011", Yokohama = "141003", Naha = "472018", Tokyo = "130001";

    public static CatalogSnapshot Snapshot { get; } = new(ProcedureTemplateCatalog.Load(),
        OfferingGenerator.Generate(LocalGovernmentCatalog.Load(), ProcedureTemplateCatalog.Load()), LocalGovernmentCatalog.Load());

    public static int OfferingCount => Snapshot.OfferingSets.Sum(s => s.Offerings.Count);

    private static readonly string[] Texts =
    [
        "住民票", "じゅうみんひょう", "ジュウミンヒョウ", "じゅうみんひょお", "印鑑証明", "はんこ登録", "戸籍謄本", "所得証明",
        "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "マイナカード作りたい", "マイナ保険証", "赤ちゃんが生まれた", "出産した", "にんしんした", "母子手帳をなくした",
        "保育園に入りたい", "ほいくえん", "学童", "児童手当", "じどうてあて", "児童手到", "子供の医療費", "予防接種", "引っ越す",
        "ひっこし", "転入届け", "免許 住所変更", "家が壊れた", "りさい証明", "パスポート切れた", "ぱすぽーと", "親の介護",
        "かいごにんてい", "親が亡くなった", "しぼうとどけ", "葬儀の費用", "相続税", "確定申告", "ふるさと納税", "国保に入る",
        "高額療養費", "犬を飼った", "粗大ゴミ", "年金をもらいたい", "育休",
    ];

    /// <summary>45 texts at five places, two with filters, plus five filter-only listings: 50 in all.</summary>
    public static IReadOnlyList<SearchQuery> Queries { get; } =
    [
        .. Texts.Select((text, i) => new SearchQuery(text, new[] { Arakawa, SapporoChuo, Yokohama, Naha, Arakawa }[i % 5],
            i == 7 ? Categories.Certificates : null, null, i % 9 == 0, 0, 20)),
        new SearchQuery(null, Arakawa, Categories.Children, null, false, 0, 20),
        new SearchQuery(null, SapporoChuo, null, LifeEvents.Moving, true, 0, 20),
        new SearchQuery(null, Yokohama, null, LifeEvents.Bereavement, false, 0, 20),
        new SearchQuery(null, Tokyo, Categories.Travel, null, false, 0, 20),
        new SearchQuery(null, Naha, null, null, true, 20, 20),
    ];
}
