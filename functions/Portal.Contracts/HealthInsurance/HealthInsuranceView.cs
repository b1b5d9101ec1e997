namespace Portal.Contracts.HealthInsurance;

/// <summary>
/// GET /api/me/health-insurance: the 利用登録 (null: not registered), the qualification in effect today as the insurer
/// provided it (null: none provided; the 被保険者番号 masked), and whether a 資格確認書 is needed (a qualification but
/// no registration).
/// </summary>
public sealed record HealthInsuranceView(
    HealthInsuranceRegistrationView? Registration, InsuranceQualificationView? Qualification, bool CertificateOfEligibilityNeeded);
