namespace Portal.Contracts.Accounts;

/// <summary><c>DELETE /api/me</c>: what was deleted, and what is kept and why.</summary>
public sealed record AccountDeleted(DateTimeOffset DeletedAt, IReadOnlyList<string> Deleted, IReadOnlyList<KeptRecord> Kept);
