using Portal.Contracts.HealthInsurance;
using Portal.Domain.HealthInsurance;

namespace Portal.Functions.HealthInsurance;

internal static class HealthInsuranceViews
{
    public static HealthInsuranceView View(HealthInsuranceStatus status) => new(
        status.Registration is { } r ? new HealthInsuranceRegistrationView(r.RegisteredAt) : null,
        status.Qualification is { } q ? Qualification(q, masked: true) : null,
        status.CertificateOfEligibilityNeeded);

    /// <param name="masked">Residents: the 記号・番号 masked (告知要求制限). A clinic's check: whole.</param>
    public static InsuranceQualificationView Qualification(InsuranceQualification q, bool masked) => new(
        q.InsurerName, q.InsurerNumber, masked && q.Symbol is { } s ? Mask(s) : q.Symbol, masked ? Mask(q.InsuredNumber) : q.InsuredNumber,
        q.BranchNumber, q.Relationship, q.QualifiedOn, q.ValidUntil);

    /// <summary>Only the last two characters, as わたしの情報 shows masked fields.</summary>
    private static string Mask(string text) => text.Length <= 2 ? new string('＊', text.Length) : new string('＊', text.Length - 2) + text[^2..];
}
