namespace Portal.Domain.Notices.Inbox;

/// <summary>One page of the inbox; <see cref="Continuation"/> is null on the last. A page may be shorter than asked
/// (even empty) while a continuation is given: go on while there is one.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, string? Continuation);
