using Portal.Contracts.HealthInsurance;

namespace Portal.Contracts.Clinics;

/// <summary>
/// The patient as a completed check gives them: name and date of birth as on the card, the qualification whole, and
/// with consent only, <see cref="Medication"/> (診療・薬剤) and <see cref="HealthCheckups"/> (特定健診); null without.
/// </summary>
public sealed record EligibilityPatientView(
    string Name,
    DateOnly DateOfBirth,
    InsuranceQualificationView Qualification,
    IReadOnlyList<ProvidedRecordView>? Medication,
    IReadOnlyList<ProvidedRecordView>? HealthCheckups);
