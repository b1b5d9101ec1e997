using Portal.Domain.Errors;

namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>The resident has registered no 公金受取口座 to pay into (answered 404; the read is recorded all the same).</summary>
public sealed class PaymentAccountNotRegisteredException() : PortalException("The resident has registered no public-funds account.");
