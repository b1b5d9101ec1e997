namespace Portal.Contracts.Applications.Agencies;

/// <summary>GET /api/agency/applications: oldest first; pass <paramref name="Continuation"/> back for the next page (null = last).</summary>
public sealed record AgencyApplicationPage(IReadOnlyList<AgencyApplicationSummary> Items, string? Continuation);
