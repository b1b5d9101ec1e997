namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// The 操作履歴 operation codes of 代理人の設定 (stable: stored, and translated for display at the edge). Each step is
/// in both parties' histories where both are known; the target is the delegation's id.
/// </summary>
public static class ProxyOperations
{
    /// <summary>One party named the other and asked for their card.</summary>
    public const string AppointStart = "proxy.appoint.start";

    /// <summary>The other party's card accepted: in both histories.</summary>
    public const string Accept = "proxy.accept";

    /// <summary>The principal cancelled (or the starter withdrew a pending one).</summary>
    public const string Revoke = "proxy.revoke";

    /// <summary>The proxy stepped down.</summary>
    public const string Resign = "proxy.resign";

    /// <summary>Not accepted: the card answering was not the named person's, or nobody answered in time.</summary>
    public const string Decline = "proxy.decline";
}
