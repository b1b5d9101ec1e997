namespace Portal.Contracts.Notices.Agency;

/// <summary>POST /api/agency/notices/attachments: the stored PDF's id, its size, and until when a notice may name it.</summary>
public sealed record AgencyNoticeAttachmentUploaded(string Id, long Size, DateTimeOffset ReferenceBefore);
