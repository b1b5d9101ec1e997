using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>The Idempotency-Key header is missing or not 1–255 visible ASCII characters (answered 400).</summary>
public sealed class NoticeIdempotencyKeyInvalidException() : PortalException("The Idempotency-Key is missing or malformed.");
