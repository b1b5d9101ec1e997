namespace Portal.Contracts.HealthInsurance;

/// <summary>
/// One health insurance qualification. Residents get <see cref="InsuredNumber"/> and <see cref="Symbol"/> masked
/// (告知要求制限); a clinic's completed check carries them whole (an insurance purpose).
/// </summary>
/// <param name="Relationship">本人 or 家族, when the insurer said.</param>
/// <param name="ValidUntil">The last day it holds; null while it has no end.</param>
public sealed record InsuranceQualificationView(
    string InsurerName,
    string InsurerNumber,
    string? Symbol,
    string InsuredNumber,
    string? BranchNumber,
    string? Relationship,
    DateOnly QualifiedOn,
    DateOnly? ValidUntil);
