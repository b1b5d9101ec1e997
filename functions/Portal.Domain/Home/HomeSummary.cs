using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Home;

/// <summary>
/// ホーム in one answer. A section is null when the part that owns it was left out; <see cref="Unavailable"/> names
/// those parts, so "nothing to do" and "could not tell" are never confused.
/// </summary>
public sealed record HomeSummary(
    IReadOnlyList<HomeTodo> Todo,
    IReadOnlyList<InboxItem>? LatestNotices,
    UnreadNoticeCount? UnreadNotices,
    IReadOnlyList<HomeApplication>? Applications,
    IReadOnlyList<HomeActingFor>? ActingFor,
    IReadOnlyList<string> Unavailable);
