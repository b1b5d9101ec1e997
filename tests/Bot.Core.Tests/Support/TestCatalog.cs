using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Bot.Core.Tests.Support;

/// <summary>A few procedures and two wards' offerings, seeded into the portal the bot talks to.</summary>
public static class TestCatalog
{
    public const string Arakawa = "131181";
    public const string Chiyoda = "131016";

    public const string ChildAllowance = "child-allowance-certification";
    public const string ChildSupport = "child-support-allowance";
    public const string Nursery = "nursery-application";
    public const string MovingOut = "moving-out-notification";
    public const string HighCostMedical = "high-cost-medical-care";

    public static IReadOnlyList<ProcedureTemplate> Templates { get; } =
    [
        Template(ChildAllowance, "児童手当の認定請求", "じどうてあてのにんていせいきゅう", [Categories.Children, Categories.Money],
            [LifeEvents.Pregnancy, LifeEvents.Childcare], online: true, keywords: ["児童手当"]),
        Template(ChildSupport, "児童扶養手当の認定請求", "じどうふようてあてのにんていせいきゅう", [Categories.Children, Categories.Money],
            [LifeEvents.Childcare], online: false, keywords: ["ひとり親"]),
        Template(Nursery, "保育所等の利用申込", "ほいくしょとうのりようもうしこみ", [Categories.Children], [LifeEvents.Childcare],
            online: true, keywords: ["保育園"]),
        Template(MovingOut, "転出届", "てんしゅつとどけ", [Categories.Housing], [LifeEvents.Moving], online: true, keywords: ["引っ越し"]),
        Template(HighCostMedical, "高額療養費の支給申請", "こうがくりょうようひのしきゅうしんせい", [Categories.Health, Categories.Money],
            [LifeEvents.HealthMedical], online: false, keywords: ["医療費"]),
    ];

    public static IReadOnlyList<OfferingSet> Sets { get; } =
    [
        Set(Arakawa, "荒川区",
            new Offering(ChildAllowance, [ApplicationMethods.Counter], "https://www.city.arakawa.tokyo.jp/jidouteate", "子育て支援課 03-3802-3111", null),
            new Offering(ChildSupport, [ApplicationMethods.Counter], null, "子育て支援課", null),
            new Offering(Nursery, [ApplicationMethods.Online], null, "保育課", null),
            new Offering(MovingOut, [ApplicationMethods.Online, ApplicationMethods.Counter], null, "戸籍住民課", null)),
        Set(Chiyoda, "千代田区",
            new Offering(ChildAllowance, [ApplicationMethods.Online, ApplicationMethods.Mail], "https://www.city.chiyoda.lg.jp/jido-teate", "子育て推進課", null)),
    ];

    private static ProcedureTemplate Template(string id, string name, string kana, string[] categories, string[] lifeEvents, bool online,
        string[] keywords) => new()
    {
        Id = id,
        Name = name,
        Kana = kana,
        Summary = $"{name}の手続です。対象となる方は、お住まいの市区町村に申請してください。",
        Eligibility = "区内にお住まいの方",
        RequiredDocuments = ["本人確認書類", "振込先口座がわかるもの"],
        Fee = "無料",
        Level = ProcessingLevels.Municipality,
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
