namespace Portal.Contracts.Home;

/// <summary>A person the resident may act for now as 代理人.</summary>
/// <param name="Services">What the delegation allows (applications, information, exchanges, notices, history).</param>
public sealed record HomeActingForView(string DelegationId, string? PrincipalName, IReadOnlyList<string> Services, DateTimeOffset ValidUntil);
