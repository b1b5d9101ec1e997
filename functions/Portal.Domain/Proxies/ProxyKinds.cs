namespace Portal.Domain.Proxies;

/// <summary>What kind of proxy. Stable: stored.</summary>
public static class ProxyKinds
{
    /// <summary>任意代理人: anyone the principal chooses (a relative, a tax accountant); at most 5 years.</summary>
    public const string Voluntary = "voluntary";

    /// <summary>法定代理人: by law, with a <see cref="LegalBases"/> basis.</summary>
    public const string Legal = "legal";

    /// <summary>The longest a 任意代理人's period may be.</summary>
    public const int MaxVoluntaryYears = 5;
}
