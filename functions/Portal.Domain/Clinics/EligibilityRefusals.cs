namespace Portal.Domain.Clinics;

/// <summary>
/// Why a check was refused, as the clinic is told: a code naming what the patient can do about it (register, bring
/// the 資格確認書, try again), never whose card it was nor anything from their records.
/// </summary>
public static class EligibilityRefusals
{
    /// <summary>The card is not registered for health insurance use (no 利用登録), or its holder has no portal account.</summary>
    public const string NotRegistered = "not-registered";

    /// <summary>Registered, but no insurer has provided a qualification in effect today.</summary>
    public const string NoQualification = "no-qualification";

    /// <summary>No card completed it in time (or the card request was burned by wrong codes).</summary>
    public const string Expired = "expired";
}
