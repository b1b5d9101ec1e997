using Portal.Domain.Errors;

namespace Portal.Domain.Accounts.Profile;

/// <summary>The account holds no profile: the card has not been read, or the resident deleted it.</summary>
public sealed class ProfileNotFoundException() : PortalException("The account holds no profile.");
