namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// The さがす categories of the seed (3-A a–f), as stable codes. Labels are shown at the edges (the API answers both).
/// </summary>
public static class Categories
{
    /// <summary>証明書: certificates, the マイナ保険証, passports.</summary>
    public const string Certificates = "certificates";

    /// <summary>住まい: moving house, household.</summary>
    public const string Housing = "housing";

    /// <summary>こども: nursery applications, vaccinations, child allowances.</summary>
    public const string Children = "children";

    /// <summary>健康医療: medical costs, prescriptions, health checks.</summary>
    public const string Health = "health";

    /// <summary>お金: the public-funds receiving account, taxes, pensions.</summary>
    public const string Money = "money";

    /// <summary>出入国: passports and travel abroad.</summary>
    public const string Travel = "travel";

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Certificates] = "証明書",
        [Housing] = "住まい",
        [Children] = "こども",
        [Health] = "健康医療",
        [Money] = "お金",
        [Travel] = "出入国",
    };
}
