namespace Portal.Domain.Proxies.Acting;

/// <summary>A delegation token for its proxy, before it is JSON.</summary>
public sealed record IssuedDelegationToken(string Token, DateTimeOffset ExpiresAt);
