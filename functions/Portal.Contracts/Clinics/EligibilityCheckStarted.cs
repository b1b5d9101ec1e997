namespace Portal.Contracts.Clinics;

/// <summary>POST /api/clinic/eligibility-checks: the check, and the card request the patient completes at the reader.</summary>
public sealed record EligibilityCheckStarted(string Id, EligibilityCardRequest CardRequest, DateTimeOffset ExpiresAt);
