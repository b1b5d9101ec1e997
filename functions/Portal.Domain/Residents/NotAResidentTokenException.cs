using Portal.Domain.Errors;

namespace Portal.Domain.Residents;

/// <summary>A valid token whose subject is not a resident's account (an agency's client-credentials token): 403.</summary>
public sealed class NotAResidentTokenException() : PortalException("The token's subject is not a resident account.");
