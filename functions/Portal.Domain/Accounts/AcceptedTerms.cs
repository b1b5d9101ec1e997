namespace Portal.Domain.Accounts;

/// <summary>The terms version (利用規約) a resident accepted, and when.</summary>
public sealed record AcceptedTerms(string Version, DateTimeOffset AcceptedAt);
