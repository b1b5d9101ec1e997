namespace Portal.Domain.Notices.Attachments;

/// <summary>What a download link grants: one attachment of one notice (where it is stored) to one account, until a time.</summary>
public sealed record NoticeAttachmentGrant(string NoticeId, string AudienceKey, string AttachmentId, string AccountId, DateTimeOffset ExpiresAt);
