namespace Portal.Contracts.Procedures;

/// <summary>How many of ALL matches (not only this page) fall under a category or life event.</summary>
public sealed record FacetCount(string Code, string Label, int Count);
