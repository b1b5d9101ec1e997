namespace Portal.Contracts.Applications.Residents;

/// <summary>GET /api/me/applications: newest first; pass <paramref name="Continuation"/> back for the next page (null = last).</summary>
public sealed record ResidentApplicationPage(IReadOnlyList<ResidentApplicationSummary> Items, string? Continuation);
