using Portal.Domain.Errors;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// Another request registered, changed or deleted the account between this one's read and its write: nothing of this
/// one is stored (409), so two concurrent changes never silently overwrite each other.
/// </summary>
public sealed class PublicFundsAccountConflictException()
    : PortalException("The public-funds account was changed by another request meanwhile.");
