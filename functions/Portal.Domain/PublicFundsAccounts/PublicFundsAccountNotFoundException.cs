using Portal.Domain.Errors;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>The resident has registered no 公金受取口座 (404).</summary>
public sealed class PublicFundsAccountNotFoundException() : PortalException("No public-funds account is registered.");
