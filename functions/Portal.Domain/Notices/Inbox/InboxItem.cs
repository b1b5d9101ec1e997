namespace Portal.Domain.Notices.Inbox;

/// <summary>A notice as one resident's inbox shows it: with whether they opened it.</summary>
public sealed record InboxItem(Notice Notice, bool Read);
