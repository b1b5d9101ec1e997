namespace Portal.Domain.Clinics;

/// <summary>Where a check stands, as the clinic reads it.</summary>
public static class EligibilityCheckStates
{
    /// <summary>Waiting for the patient's card at the reader.</summary>
    public const string Pending = "pending";

    /// <summary>A patient's card completed it: the qualification was provided.</summary>
    public const string Completed = "completed";

    /// <summary>Nothing was provided; <see cref="EligibilityRefusals"/> says why, without personal data.</summary>
    public const string Refused = "refused";
}
