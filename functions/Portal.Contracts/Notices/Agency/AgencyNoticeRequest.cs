namespace Portal.Contracts.Notices.Agency;

/// <summary>POST /api/agency/notices (with an Idempotency-Key header). Every field is checked by the portal.</summary>
/// <param name="Importance">"normal" (通常, the default) or "important" (重要).</param>
/// <param name="PublishAt">When residents start to see it; now when left out.</param>
public sealed record AgencyNoticeRequest(
    string? Title, string? Body, string? Category, string? Importance, DateTimeOffset? PublishAt, DateTimeOffset? ExpiresAt,
    AgencyNoticeAudienceRequest? Audience, IReadOnlyList<AgencyNoticeAttachmentRequest>? Attachments = null);
