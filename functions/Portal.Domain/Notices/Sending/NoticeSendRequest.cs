namespace Portal.Domain.Notices.Sending;

/// <summary>A POST of a new notice: the agency's Idempotency-Key, its content and audience.</summary>
public sealed record NoticeSendRequest(string IdempotencyKey, NoticeContent Content, NoticeAudienceRequest? Audience);
