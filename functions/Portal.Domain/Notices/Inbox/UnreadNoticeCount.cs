namespace Portal.Domain.Notices.Inbox;

/// <summary>未読 notices: the count up to <see cref="NoticeInbox.MaxUnreadCount"/>, and whether there are more (a
/// badge shows "99+").</summary>
public sealed record UnreadNoticeCount(int Unread, bool More);
