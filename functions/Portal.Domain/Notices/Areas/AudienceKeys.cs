namespace Portal.Domain.Notices.Areas;

/// <summary>
/// The partition key of a notice: who it is addressed to. An area notice is one document under its area's key, read by
/// every resident whose <see cref="AreaChain"/> holds that key, so storing it costs the same for ten residents or ten
/// million; a personal notice sits in the resident's own key.
/// </summary>
public static class AudienceKeys
{
    /// <summary>Everyone in the country (a national agency's notice to all).</summary>
    public const string National = "national";

    private const string AreaPrefix = "lg-";

    private const string ResidentPrefix = "res-";

    /// <summary>Everyone in the local government <paramref name="code"/> (a ward, a city or a prefecture).</summary>
    public static string Area(string code) => AreaPrefix + code;

    /// <summary>One resident's own notices.</summary>
    public static string Resident(string accountId) => ResidentPrefix + accountId;
}
