using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Testing.Procedures;

/// <summary>
/// Builds small procedure catalogs for tests that seed the real portal: the ids of the bodies and procedures they use
/// and one way to write a template or a body's offerings. Each fixture picks its own selection (the portal's search
/// tests need levels and agencies, the bot's conversations need two wards) from this one vocabulary.
/// </summary>
public static class TestProcedures
{
    public const string Chiyoda = "131016";
    public const string Arakawa = "131181";
    public const string Tokyo = "130001";
    public const string Sapporo = "011002";
    public const string SapporoChuo = "011011";
    public const string Digital = "digital";

    public const string ChildAllowance = "child-allowance-certification";
    public const string ChildSupport = "child-support-allowance";
    public const string MovingOut = "moving-out-notification";
    public const string Nursery = "nursery-application";
    public const string ResidenceCertificate = "residence-certificate";
    public const string HighCostMedical = "high-cost-medical-care";
    public const string Passport = "passport-application";
    public const string PublicFundsAccount = "public-funds-account";

    /// <summary>A template with plain details; a fixture that shows details overrides them with <c>with</c>.</summary>
    public static ProcedureTemplate Template(string id, string name, string kana, string[] categories, string[] lifeEvents, bool online,
        string[] keywords, string level = ProcessingLevels.Municipality, string? agency = null) => new()
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

    /// <summary>One body's offerings, as the seed would have written them.</summary>
    public static OfferingSet Set(string key, string name, params Offering[] offerings) => new()
    {
        Id = key,
        BodyName = name,
        Offerings = offerings,
        UpdatedAt = DateTimeOffset.UtcNow,
        UpdatedBy = "seed",
    };
}
