using Portal.Domain.Errors;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// No single consenting resident has these items: none, several, or one who has not allowed it (or withdrew). One
/// answer for all, so a lookup tells nothing about who exists or who refused.
/// </summary>
public sealed class LookupNotFoundException() : PortalException("No single consenting resident matches the items.");
