namespace Portal.Domain.HealthInsurance;

/// <summary>
/// What the resident sees of マイナ保険証: the 利用登録 (null: not registered), the qualification in effect today (null:
/// none provided), and whether a 資格確認書 is needed (a qualification but no registration: the card cannot be used).
/// </summary>
public sealed record HealthInsuranceStatus(HealthInsuranceRegistration? Registration, InsuranceQualification? Qualification)
{
    public bool CertificateOfEligibilityNeeded => Qualification is not null && Registration is null;
}
