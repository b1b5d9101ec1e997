namespace Portal.Contracts.Procedures;

/// <summary>GET /api/local-governments/{code}/keywords: chips to start a search with.</summary>
public sealed record KeywordSuggestions(LocalGovernmentView LocalGovernment, IReadOnlyList<string> Keywords);
