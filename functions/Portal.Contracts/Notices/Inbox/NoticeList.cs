namespace Portal.Contracts.Notices.Inbox;

/// <summary>GET /api/me/notices: a page, newest first; pass <paramref name="Continuation"/> back for the next (null:
/// the last page). A page may be short, even empty, while a continuation is given.</summary>
public sealed record NoticeList(IReadOnlyList<NoticeSummary> Items, string? Continuation);
