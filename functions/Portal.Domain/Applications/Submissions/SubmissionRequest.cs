namespace Portal.Domain.Applications.Submissions;

/// <summary>What a resident submits: a draft, under the client's Idempotency-Key.</summary>
/// <param name="CorrectionOf">The receipt number of the resident's own application awaiting correction (補正依頼), or null.</param>
public sealed record SubmissionRequest(string IdempotencyKey, string? DraftId, bool NotifyByEmail, string? CorrectionOf);
