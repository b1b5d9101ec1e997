namespace Portal.Contracts.Clinics;

/// <summary>
/// GET /api/clinic/eligibility-checks/{id}: <c>pending</c>, <c>completed</c> (with <see cref="Patient"/>) or
/// <c>refused</c> (with <see cref="Refusal"/> and its words for the counter, never anything about the person).
/// </summary>
/// <param name="Consented">Completed only: the patient's card signed the consent to 薬剤情報・特定健診情報.</param>
public sealed record EligibilityCheckView(
    string Id,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt,
    string? Refusal,
    string? RefusalMessage,
    bool? Consented,
    EligibilityPatientView? Patient);
