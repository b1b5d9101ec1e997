namespace Portal.Domain.Clinics;

/// <summary>What a check gave the clinic, as the patient's やりとり履歴 names it (the exchange's target): never the data itself.</summary>
public static class EligibilityTargets
{
    public const string QualificationOnly = "qualification";

    /// <summary>With the consent the card signed: also 診療・薬剤 and 特定健診.</summary>
    public const string WithRecords = "qualification+medication+health-checkups";
}
