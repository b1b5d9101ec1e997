namespace Portal.Domain.Notices.Inbox;

/// <summary>What the inbox list asks for: one category (null: all) and read state (null: both, true: unread only,
/// false: read only).</summary>
public sealed record InboxFilter(string? Category = null, bool? Unread = null)
{
    public bool Admits(InboxItem item) => Unread is not { } unread || unread != item.Read;
}
