using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

using static Portal.Testing.Procedures.TestProcedures;

namespace Portal.Testing.Procedures;

/// <summary>A handful of templates and four bodies' offerings: enough for ranking, facets, paging and each level.</summary>
public static class SmallCatalog
{
    public const string Chiyoda = TestProcedures.Chiyoda;
    public const string Arakawa = TestProcedures.Arakawa;
    public const string Tokyo = TestProcedures.Tokyo;
    public const string Sapporo = TestProcedures.Sapporo;
    public const string SapporoChuo = TestProcedures.SapporoChuo;
    public const string Digital = TestProcedures.Digital;

    public const string ChildAllowance = TestProcedures.ChildAllowance;
    public const string MovingOut = TestProcedures.MovingOut;
    public const string Nursery = TestProcedures.Nursery;
    public const string ResidenceCertificate = TestProcedures.ResidenceCertificate;
    public const string HighCostMedical = TestProcedures.HighCostMedical;
    public const string Passport = TestProcedures.Passport;
    public const string PublicFundsAccount = TestProcedures.PublicFundsAccount;

    public static IReadOnlyList<ProcedureTemplate> Templates { get; } =
    [
        Template(ChildAllowance, "児童手当の認定請求", "じどうてあてのにんていせいきゅう",
            [Categories.Children, Categories.Money], [LifeEvents.Pregnancy, LifeEvents.Childcare], online: true, keywords: ["児童手当", "子ども手当"]),
        Template(MovingOut, "転出届", "てんしゅつとどけ",
            [Categories.Housing], [LifeEvents.Moving], online: true, keywords: ["引っ越し", "転居"]),
        Template(Nursery, "保育所等の利用申込", "ほいくしょとうのりようもうしこみ",
            [Categories.Children], [LifeEvents.Childcare], online: true, keywords: ["保育園"]),
        Template(ResidenceCertificate, "住民票の写しの交付請求", "じゅうみんひょうのうつしのこうふせいきゅう",
            [Categories.Certificates], [LifeEvents.Moving], online: false, keywords: ["住民票"]),
        Template(HighCostMedical, "高額療養費の支給申請", "こうがくりょうようひのしきゅうしんせい",
            [Categories.Health, Categories.Money], [LifeEvents.HealthMedical], online: false, keywords: ["医療費"]),
        Template(Passport, "一般旅券の発給申請", "いっぱんりょけんのはっきゅうしんせい",
            [Categories.Travel, Categories.Certificates], [], online: true, keywords: ["パスポート"], level: ProcessingLevels.Prefecture),
        Template(PublicFundsAccount, "公金受取口座の登録", "こうきんうけとりこうざのとうろく",
            [Categories.Money], [], online: true, keywords: ["口座登録"], level: ProcessingLevels.National, agency: Digital),
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
}
