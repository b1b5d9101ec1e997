namespace Portal.Domain.Notices.Inbox;

/// <summary>What one scan of an inbox found: the items wanted, in order, and where to go on from (null: the end).</summary>
public sealed record InboxScan(IReadOnlyList<InboxItem> Items, InboxPosition? Next);
