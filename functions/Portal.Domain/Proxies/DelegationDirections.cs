namespace Portal.Domain.Proxies;

/// <summary>Who started a delegation. Stable: stored.</summary>
public static class DelegationDirections
{
    /// <summary>新たに代理人を指定する: the principal names the proxy; the proxy's card accepts.</summary>
    public const string PrincipalFirst = "principal-first";

    /// <summary>新たに代理人になる（委任を受ける）: the proxy names the principal; the principal's card accepts.</summary>
    public const string ProxyFirst = "proxy-first";
}
