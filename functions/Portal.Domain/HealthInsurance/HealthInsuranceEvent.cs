namespace Portal.Domain.HealthInsurance;

/// <summary>What a confirming notice tells.</summary>
public enum HealthInsuranceEvent
{
    Registered,
    Withdrawn,
}
