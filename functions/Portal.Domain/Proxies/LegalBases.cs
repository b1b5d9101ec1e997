namespace Portal.Domain.Proxies;

/// <summary>What makes a 法定代理人 one. Stable: stored.</summary>
public static class LegalBases
{
    /// <summary>親権者: a parent with custody, until the child turns 18 (adulthood since 2022-04-01).</summary>
    public const string ParentalAuthority = "parental-authority";

    /// <summary>未成年後見人: a guardian of a minor, also until 18.</summary>
    public const string MinorGuardian = "minor-guardian";

    /// <summary>成年後見人: an adult guardian appointed by the family court.</summary>
    public const string AdultGuardian = "adult-guardian";

    public static readonly IReadOnlyList<string> All = [ParentalAuthority, MinorGuardian, AdultGuardian];

    /// <summary>Age of majority in Japan (民法 §4, since 2022-04-01).</summary>
    public const int AgeOfMajority = 18;

    /// <summary>Whether the basis ends when the principal comes of age.</summary>
    public static bool EndsAtMajority(string basis) => basis is ParentalAuthority or MinorGuardian;
}
