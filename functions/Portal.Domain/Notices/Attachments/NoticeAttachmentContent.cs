namespace Portal.Domain.Notices.Attachments;

/// <summary>A notice's PDF as served to a resident, and its bytes (the caller disposes them).</summary>
public sealed record NoticeAttachmentContent(NoticeAttachment Attachment, Stream Content);
