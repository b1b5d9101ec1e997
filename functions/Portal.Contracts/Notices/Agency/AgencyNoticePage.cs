namespace Portal.Contracts.Notices.Agency;

/// <summary>GET /api/agency/notices: newest first; pass <paramref name="Continuation"/> back for the next page (null = last).</summary>
public sealed record AgencyNoticePage(IReadOnlyList<AgencyNoticeView> Items, string? Continuation);
