using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

using static Portal.Testing.Procedures.TestProcedures;

namespace Portal.Testing.Procedures;

/// <summary>A few procedures and two wards' offerings, seeded into the portal the bot talks to.</summary>
public static class TestCatalog
{
    public const string Arakawa = TestProcedures.Arakawa;
    public const string Chiyoda = TestProcedures.Chiyoda;

    public const string ChildAllowance = TestProcedures.ChildAllowance;
    public const string ChildSupport = TestProcedures.ChildSupport;
    public const string Nursery = TestProcedures.Nursery;
    public const string MovingOut = TestProcedures.MovingOut;
    public const string HighCostMedical = TestProcedures.HighCostMedical;

    public static IReadOnlyList<ProcedureTemplate> Templates { get; } =
    [
        Detailed(Template(ChildAllowance, "児童手当の認定請求", "じどうてあてのにんていせいきゅう", [Categories.Children, Categories.Money],
            [LifeEvents.Pregnancy, LifeEvents.Childcare], online: true, keywords: ["児童手当"])),
        Detailed(Template(ChildSupport, "児童扶養手当の認定請求", "じどうふようてあてのにんていせいきゅう", [Categories.Children, Categories.Money],
            [LifeEvents.Childcare], online: false, keywords: ["ひとり親"])),
        Detailed(Template(Nursery, "保育所等の利用申込", "ほいくしょとうのりようもうしこみ", [Categories.Children], [LifeEvents.Childcare],
            online: true, keywords: ["保育園"])),
        Detailed(Template(MovingOut, "転出届", "てんしゅつとどけ", [Categories.Housing], [LifeEvents.Moving], online: true, keywords: ["引っ越し"])),
        Detailed(Template(HighCostMedical, "高額療養費の支給申請", "こうがくりょうようひのしきゅうしんせい", [Categories.Health, Categories.Money],
            [LifeEvents.HealthMedical], online: false, keywords: ["医療費"])),
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

    // The conversations show a procedure's card, so its details read like a real one.
    private static ProcedureTemplate Detailed(ProcedureTemplate template) => template with
    {
        Summary = $"{template.Name}の手続です。対象となる方は、お住まいの市区町村に申請してください。",
        Eligibility = "区内にお住まいの方",
        RequiredDocuments = ["本人確認書類", "振込先口座がわかるもの"],
    };
}
