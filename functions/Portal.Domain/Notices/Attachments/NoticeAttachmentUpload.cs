namespace Portal.Domain.Notices.Attachments;

/// <summary>A stored upload: its id for a notice to reference, its size, and until when it may be referenced.</summary>
public sealed record NoticeAttachmentUpload(string Id, long Size, DateTimeOffset ReferenceBefore);
