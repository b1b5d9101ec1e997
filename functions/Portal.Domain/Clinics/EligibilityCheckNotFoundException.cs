using Portal.Domain.Errors;

namespace Portal.Domain.Clinics;

/// <summary>Unknown, or started by another clinic (the same answer, so a clinic learns nothing of others' checks): 404.</summary>
public sealed class EligibilityCheckNotFoundException() : PortalException("No such eligibility check.");
