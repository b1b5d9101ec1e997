using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Search;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Tests.Procedures.Search;

/// <summary>
/// A dozen procedures of our own and offerings at 荒川区, 札幌市, 東京都, 北海道 and two agencies, over the real local
/// government directory: small enough to reason about facets and paging by hand.
/// </summary>
internal static class SampleCatalog
{
    public const string Arakawa = "131181";
    public const string Sapporo = "011002";
    public const string SapporoChuo = "011011";
    public const string Tokyo = "130001";

    public static IReadOnlyList<ProcedureTemplate> Templates { get; } =
    [
        Template("birth-registration", "出生届", "しゅっしょうとどけ", "赤ちゃんが生まれたら14日以内に届け出ます。", ProcessingLevels.Municipality,
            [Categories.Children], [LifeEvents.Pregnancy, LifeEvents.Childcare], ["出生", "赤ちゃん"], online: false),
        Template("child-allowance", "児童手当の認定請求", "じどうてあてのにんていせいきゅう", "中学生までの子どもを養育する方への手当を請求します。",
            ProcessingLevels.Municipality, [Categories.Children, Categories.Money], [LifeEvents.Pregnancy, LifeEvents.Childcare], ["児童手当", "手当"]),
        Template("nursery-application", "保育所等の利用申込", "ほいくしょとうのりようもうしこみ", "保育所や認定こども園の利用を申し込みます。",
            ProcessingLevels.Municipality, [Categories.Children], [LifeEvents.Childcare], ["保育園", "保育所"]),
        Template("moving-in", "転入届", "てんにゅうとどけ", "他の市区町村から引っ越してきたときに届け出ます。", ProcessingLevels.Municipality,
            [Categories.Housing], [LifeEvents.Moving], ["転入", "引っ越し"], online: false),
        Template("moving-out", "転出届", "てんしゅつとどけ", "他の市区町村へ引っ越すときに届け出ます。", ProcessingLevels.Municipality,
            [Categories.Housing], [LifeEvents.Moving], ["転出", "引っ越し"]),
        Template("residence-certificate", "住民票の写しの交付請求", "じゅうみんひょうのうつしのこうふせいきゅう", "住民票の写しを請求します。",
            ProcessingLevels.Municipality, [Categories.Certificates], [LifeEvents.Moving], ["住民票"]),
        Template("long-term-care", "要介護認定の申請", "ようかいごにんていのしんせい", "介護保険のサービスを使うための認定を申請します。",
            ProcessingLevels.Municipality, [Categories.Health], [LifeEvents.ElderlyCare], ["介護", "要介護"]),
        Template("death-registration", "死亡届", "しぼうとどけ", "亡くなった方の死亡を届け出ます。", ProcessingLevels.Municipality,
            [Categories.Certificates], [LifeEvents.Bereavement], ["死亡"], online: false),
        Template("disaster-certificate", "罹災証明書の交付申請", "りさいしょうめいしょのこうふしんせい", "災害で家が壊れたときの被害の程度を証明します。",
            ProcessingLevels.Municipality, [Categories.Certificates, Categories.Housing], [LifeEvents.Moving], ["罹災証明", "被災"]),
        Template("passport-renewal", "パスポートの切替申請", "ぱすぽーとのきりかえしんせい", "有効期間が残り1年未満になった旅券を新しくします。",
            ProcessingLevels.Prefecture, [Categories.Travel, Categories.Certificates], [], ["パスポート", "旅券"]),
        Template("mynumber-card", "マイナンバーカードの交付申請", "まいなんばーかーどのこうふしんせい", "マイナンバーカードを申請します。",
            ProcessingLevels.National, [Categories.Certificates], [], ["マイナカード"], agency: "digital"),
        Template("tax-return", "所得税の確定申告", "しょとくぜいのかくていしんこく", "1年分の所得と税額を申告します。", ProcessingLevels.National,
            [Categories.Money], [], ["確定申告", "e-Tax"], agency: "nta"),
    ];

    public static CatalogSnapshot Snapshot { get; } = new(Templates,
    [
        // 荒川区: everything municipal except 出生届 and 転入届 (never online) online; 死亡届 at the counter.
        Set(Arakawa, "荒川区", Templates.Where(t => t.Level == ProcessingLevels.Municipality).Select(t => t.Id)),
        // 札幌市 offers only a few, and 児童手当 only by mail.
        new OfferingSet
        {
            Id = Sapporo, BodyName = "札幌市", UpdatedAt = DateTimeOffset.UnixEpoch, UpdatedBy = "test",
            Offerings = [new Offering("child-allowance", [ApplicationMethods.Mail, ApplicationMethods.Counter], null, null, null),
                new Offering("moving-out", [ApplicationMethods.Online, ApplicationMethods.Counter], null, null, null)],
        },
        Set(Tokyo, "東京都", ["passport-renewal"]),
        Set(OfferingSet.NationalKey("digital"), "デジタル庁", ["mynumber-card"]),
        Set(OfferingSet.NationalKey("nta"), "国税庁", ["tax-return"]),
    ], Portal.Domain.Procedures.Catalog.LocalGovernmentCatalog.Load());

    public static CatalogIndex SearchIndex { get; } = CatalogIndex.Build(Snapshot);

    public static SearchQuery Query(string? text, string? place = Arakawa, string? category = null, string? lifeEvent = null,
        bool onlineOnly = false, int offset = 0, int pageSize = 20) =>
        new(text, place, category, lifeEvent, onlineOnly, offset, pageSize);

    private static OfferingSet Set(string key, string name, IEnumerable<string> ids) => new()
    {
        Id = key, BodyName = name, UpdatedAt = DateTimeOffset.UnixEpoch, UpdatedBy = "test",
        Offerings = ids.Select(id => Templates.First(t => t.Id == id))
            .Select(t => new Offering(t.Id, t.OnlineCapable ? [ApplicationMethods.Online, ApplicationMethods.Counter] : [ApplicationMethods.Counter],
                $"https://example.test/{t.Id}", "窓口課 03-0000-0000", null))
            .ToList(),
    };

    private static ProcedureTemplate Template(string id, string name, string kana, string summary, string level,
        IReadOnlyList<string> categories, IReadOnlyList<string> lifeEvents, IReadOnlyList<string> keywords, bool online = true,
        string? agency = null) => new()
    {
        Id = id, Name = name, Kana = kana, Summary = summary, Eligibility = "", RequiredDocuments = [], Fee = "無料",
        Level = level, NationalAgencyId = agency, Categories = categories, LifeEvents = lifeEvents, Keywords = keywords,
        OnlineCapable = online, RequiresSignature = online,
    };
}
