namespace Portal.Contracts.Proxies;

/// <summary>
/// A delegation as one of its parties sees it: the other party (their name from their card once accepted; as named
/// while pending), what and until when, and its state. <c>validUntil</c> is the last day (inclusive).
/// </summary>
/// <param name="Role">This resident's side: <c>principal</c> or <c>proxy</c>.</param>
/// <param name="OtherName">The other party's name.</param>
/// <param name="EndReason">Why it was declined, in words; null otherwise.</param>
public sealed record DelegationView(
    string Id, string Role, string Direction, string OtherName, string Kind, string? LegalBasis, IReadOnlyList<string> Services,
    IReadOnlyList<string> InformationCategories, string ValidFrom, string ValidUntil, string State, DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? EndedAt, string? EndReason);
