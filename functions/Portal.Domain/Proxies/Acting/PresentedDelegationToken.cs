namespace Portal.Domain.Proxies.Acting;

/// <summary>What a valid delegation token says: the proxy it was issued to (<c>sub</c>) and the delegation (<c>dlg</c>).</summary>
public sealed record PresentedDelegationToken(string ProxyId, string DelegationId);
