namespace Portal.Domain.Proxies;

/// <summary>A party's side of a delegation. Stable: stored.</summary>
public static class DelegationRoles
{
    /// <summary>委任者: the one acted for.</summary>
    public const string Principal = "principal";

    /// <summary>代理人: the one who acts.</summary>
    public const string Proxy = "proxy";
}
