namespace Portal.Domain.Notices.Inbox;

/// <summary>What ホーム shows of the inbox: the latest notices, the unread count, and the 重要 ones not opened yet
/// (among the unread the count looked at).</summary>
public sealed record InboxSummary(IReadOnlyList<InboxItem> Latest, UnreadNoticeCount Unread, IReadOnlyList<Notice> ImportantUnread);
