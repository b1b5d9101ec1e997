using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Home;

/// <summary>What one part adds to ホーム: やること and the section it owns (the others stay null).</summary>
public sealed record HomeContribution
{
    public IReadOnlyList<HomeTodo> Todo { get; init; } = [];

    public IReadOnlyList<InboxItem>? LatestNotices { get; init; }

    public UnreadNoticeCount? UnreadNotices { get; init; }

    public IReadOnlyList<HomeApplication>? Applications { get; init; }

    public IReadOnlyList<HomeActingFor>? ActingFor { get; init; }
}
