namespace Portal.Domain.Notices.Attachments;

/// <summary>An attachment as a resident's notice detail lists it: with a link that works until <paramref name="ExpiresAt"/>.</summary>
public sealed record NoticeAttachmentLink(NoticeAttachment Attachment, string Url, DateTimeOffset ExpiresAt);
