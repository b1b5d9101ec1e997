namespace Portal.Contracts.Applications;

/// <summary>
/// POST /api/me/applications (with an Idempotency-Key header): submit a draft; <c>correctionOf</c> names the receipt
/// number of one's own application awaiting correction (補正依頼) to answer it instead.
/// </summary>
public sealed record SubmissionCreateRequest(string? DraftId, bool NotifyByEmail, string? CorrectionOf);
