using Portal.Domain.Errors;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// Registering needs the name read from the resident's own card (利用者情報), as the account must be in their own
/// name: read the card first (409).
/// </summary>
public sealed class PublicFundsAccountProfileRequiredException()
    : PortalException("A public-funds account needs the card profile's name.");
