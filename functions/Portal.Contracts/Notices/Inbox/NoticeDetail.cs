namespace Portal.Contracts.Notices.Inbox;

/// <summary>GET /api/me/notices/{id}: the notice in full (plain text body); it is read from now on.</summary>
public sealed record NoticeDetail(
    string Id, string Title, string Body, string SenderName, string Category, string CategoryLabel, string Importance,
    DateTimeOffset PublishedAt, DateTimeOffset ExpiresAt, bool Read, IReadOnlyList<NoticeAttachmentView>? Attachments = null);
