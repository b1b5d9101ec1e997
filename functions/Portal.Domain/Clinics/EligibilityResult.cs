using Portal.Domain.HealthInsurance;

namespace Portal.Domain.Clinics;

/// <summary>
/// What a completed check gives the clinic: the qualification whole (an insurance purpose, so the 被保険者番号 too),
/// the name and date of birth as the card's signing certificate carries them, and only with the consent the card
/// signed, the 診療・薬剤 and 特定健診 records.
/// </summary>
public sealed record EligibilityResult(
    InsuranceQualification Qualification,
    string Name,
    DateOnly DateOfBirth,
    IReadOnlyList<ProvidedRecord>? Medication,
    IReadOnlyList<ProvidedRecord>? HealthCheckups);
