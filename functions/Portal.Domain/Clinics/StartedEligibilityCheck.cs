using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Clinics;

/// <summary>A new check and its card request, whose code and link the clinic's reader shows to the patient.</summary>
public sealed record StartedEligibilityCheck(EligibilityCheck Check, StartedCardRequest CardRequest);
