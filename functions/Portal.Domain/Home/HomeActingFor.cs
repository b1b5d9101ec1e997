namespace Portal.Domain.Home;

/// <summary>代理で操作できる人: a principal the resident may act for now, under which delegation, for what, until when.</summary>
public sealed record HomeActingFor(string DelegationId, string? PrincipalName, IReadOnlyList<string> Services, DateTimeOffset ValidUntil);
