using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The Idempotency-Key header is missing or not 1–255 visible ASCII characters.</summary>
public sealed class IdempotencyKeyInvalidException() : PortalException("The Idempotency-Key is missing or malformed.");
