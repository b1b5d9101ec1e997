namespace Portal.Domain.Proxies.Appointing;

/// <summary>What the principal is told about (their お知らせ, and e-mail when chosen).</summary>
public enum ProxyEvent
{
    Registered,
    Revoked,
    Resigned,
}
