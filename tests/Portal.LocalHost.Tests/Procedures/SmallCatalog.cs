using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.LocalHost.Tests.Procedures;

/// <summary>A handful of templates and four bodies' offerings: enough for ranking, facets, paging and each level.</summary>
public static class SmallCatalog
{
    public const string Chiyoda = "131016";
    public const string Arakawa = "131181";
    public const string Tokyo = "130001";
    public const string Sapporo = "011002";
    public const string SapporoChuo = "011011";
    public const string Digital = "digital";

    public const string ChildAllowance = "child-allowance-certification";
    public const string MovingOut = "moving-out-notification";
    public const string Nursery = "nursery-application";
    public const string ResidenceCertificate = "residence-certificate";
    public const string HighCostMedical = "high-cost-medical-care";
    public const string Passport = "passport-application";
    public const string PublicFundsAccount = "public-funds-account";

    public static IReadOnlyList<ProcedureTemplate> Templates { get; } =
    [
        Template(ChildAllowance, "児童手当の認定請求", "じどうてあてのにんていせいきゅう", ProcessingLevels.Municipality,
            [Categories.Children, Categories.Money], [LifeEvents.Pregnancy, LifeEvents.Childcare], online: true, keywords: ["児童手当", "子ども手当"]),
        Template(MovingOut, "転出届", "てんしゅつとどけ", ProcessingLevels.Municipality,
            [Categories.Housing], [LifeEvents.Moving], online: true, keywords: ["引っ越し", "転居"]),
        Template(Nursery, "保育所等の利用申込", "ほいくしょとうのりようもうしこみ", ProcessingLevels.Municipality,
            [Categories.Children], [LifeEvents.Childcare], online: true, keywords: ["保育園"]),
        Template(ResidenceCertificate, "住民票の写しの交付請求", "じゅうみんひょうのうつしのこうふせいきゅう", ProcessingLevels.Municipality,
            [Categories.Certificates], [LifeEvents.Moving], online: false, keywords: ["住民票"]),
        Template(HighCostMedical, "高額療養費の支給申請", "こうがくりょうようひのしきゅうしんせい", ProcessingLevels.Municipality,
            [Categories.Health, Categories.Money], [LifeEvents.HealthMedical], online: false, keywords: ["医療費"]),
        Template(Passport, "一般旅券の発給申請", "いっぱんりょけんのはっきゅうしんせい", ProcessingLevels.Prefecture,
            [Categories.Travel, Categories.Certificates], [], online: true, keywords: ["パスポート"]),
        Template(PublicFundsAccount, "公金受取口座の登録", "こうきんうけとりこうざのとうろく", ProcessingLevels.National,
            [Categories.Money], [], online: true, keywords: ["口座登録"], agency: Digital),
    ];

    public static IReadOnlyList<OfferingSet> Sets { get; } =
    [
        Set(Chiyoda, "千代田区",
            new Offering(ChildAllowance, [ApplicationMethods.Online, ApplicationMethods.Mail], "https://www.city.chiyoda.lg.jp/jido-teate", "子育て推進課 03-5211-4232", null),
            new Offering(MovingOut, [ApplicationMethods.Online, ApplicationMethods.Counter], null, "総合窓口課", null),
            new Offering(Nursery, [ApplicationMethods.Counter], null, "子ども支援課", null),
            new Offering(ResidenceCertificate, [ApplicationMethods.Counter, ApplicationMethods.Mail], null, "総合窓口課", "窓口は平日8:30〜17:15")),
        Set(Arakawa, "荒川区",
            new Offering(ChildAllowance, [ApplicationMethods.Counter], "https://www.city.arakawa.tokyo.jp/jidouteate", "子育て支援課 03-3802-3111", null),
            new Offering(Nursery, [ApplicationMethods.Online], null, "保育課", null)),
        Set(Sapporo, "札幌市",
            new Offering(ChildAllowance, [ApplicationMethods.Online], null, "子ども未来局", null)),
        Set(Tokyo, "東京都", new Offering(Passport, [ApplicationMethods.Counter], "https://www.seikatubunka.metro.tokyo.lg.jp/passport", "旅券課", null)),
        Set(OfferingSet.NationalKey(Digital), "デジタル庁", new Offering(PublicFundsAccount, [ApplicationMethods.Online], null, null, null)),
    ];

    private static ProcedureTemplate Template(string id, string name, string kana, string level, string[] categories, string[] lifeEvents,
        bool online, string[] keywords, string? agency = null) => new()
    {
        Id = id,
        Name = name,
        Kana = kana,
        Summary = $"{name}の手続です。",
        Eligibility = "対象となる方",
        RequiredDocuments = ["本人確認書類"],
        Fee = "無料",
        Level = level,
        NationalAgencyId = agency,
        Categories = categories,
        LifeEvents = lifeEvents,
        Keywords = keywords,
        OnlineCapable = online,
        RequiresSignature = online,
    };

    private static OfferingSet Set(string key, string name, params Offering[] offerings) => new()
    {
        Id = key,
        BodyName = name,
        Offerings = offerings,
        UpdatedAt = DateTimeOffset.UtcNow,
        UpdatedBy = "seed",
    };
}
