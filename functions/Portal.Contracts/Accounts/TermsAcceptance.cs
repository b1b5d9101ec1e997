namespace Portal.Contracts.Accounts;

/// <summary><c>POST /api/me/terms</c>: the version accepted (must be the current one).</summary>
public sealed record TermsAcceptance(string? Version);
