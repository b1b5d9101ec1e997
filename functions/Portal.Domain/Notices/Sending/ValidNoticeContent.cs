using Portal.Domain.Notices.Attachments;

namespace Portal.Domain.Notices.Sending;

/// <summary>A notice's content after the rules and defaults (importance normal, publishAt now), times in UTC.</summary>
/// <param name="Attachments">Well-formed ids and checked names; whose uploads they are is checked against storage next.</param>
public sealed record ValidNoticeContent(
    string Title, string Body, string Category, string Importance, DateTimeOffset PublishAt, DateTimeOffset ExpiresAt,
    IReadOnlyList<NoticeAttachmentRequest> Attachments);
