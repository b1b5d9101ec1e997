namespace Portal.Domain.Notices.Attachments;

/// <summary>An attachment as a send or change names it: an id from the agency's upload and the name to show.</summary>
public sealed record NoticeAttachmentRequest(string? Id, string? Name);
