using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The Idempotency-Key was already used by this resident for a different request body.</summary>
public sealed class IdempotencyKeyReusedException() : PortalException("The Idempotency-Key was used for another request.");
