namespace Portal.Domain.Notices;

/// <summary>Where a notice stands, derived from its times (<see cref="Notice.StateAt"/>), never stored.</summary>
public static class NoticeStates
{
    public const string Scheduled = "scheduled";

    public const string Published = "published";

    public const string Withdrawn = "withdrawn";

    public const string Expired = "expired";

    public static IReadOnlyList<string> All { get; } = [Scheduled, Published, Withdrawn, Expired];
}
