using Portal.Domain.Errors;

namespace Portal.Domain.Accounts.Profile;

/// <summary>Something needs the profile (filling a draft) and there is none: read the card first (409).</summary>
public sealed class ProfileRequiredException() : PortalException("The account holds no profile to fill from.");
