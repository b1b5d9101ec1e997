using Portal.Contracts.Notices.Inbox;

namespace Portal.Contracts.Home;

/// <summary>ホーム's お知らせ: the newest few and the unread count (<paramref name="MoreUnread"/>: "99+").</summary>
public sealed record HomeNoticesView(IReadOnlyList<NoticeSummary> Latest, int Unread, bool MoreUnread);
