namespace Portal.Contracts.Notices.Agency;

/// <summary>A PDF a notice names: the id <c>POST /api/agency/notices/attachments</c> answered, and the file name residents see.</summary>
public sealed record AgencyNoticeAttachmentRequest(string? Id, string? Name);
