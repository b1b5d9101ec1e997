namespace Bot.Core.Proxies.Appointing;

/// <summary>The resident's side of a delegation, as the portal names it: 代理人一覧 is theirs as principal, 委任者一覧 as proxy.</summary>
public static class DelegationRoles
{
    public const string Principal = "principal";

    public const string Proxy = "proxy";
}
