namespace Portal.Domain.Notices.Attachments;

/// <summary>A PDF on a notice: the agency's upload id (its blob), the name residents see and its size in bytes.</summary>
public sealed record NoticeAttachment(string Id, string Name, long Size);
