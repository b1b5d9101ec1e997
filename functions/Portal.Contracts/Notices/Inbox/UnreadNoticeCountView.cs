namespace Portal.Contracts.Notices.Inbox;

/// <summary>GET /api/me/notices/unread-count: unread notices up to 99; <paramref name="More"/> when there are more
/// than shown (a badge says "99+").</summary>
public sealed record UnreadNoticeCountView(int Unread, bool More);
