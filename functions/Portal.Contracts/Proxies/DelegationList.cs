namespace Portal.Contracts.Proxies;

/// <summary>代理人一覧 or 委任者一覧, newest first.</summary>
public sealed record DelegationList(IReadOnlyList<DelegationView> Items);
