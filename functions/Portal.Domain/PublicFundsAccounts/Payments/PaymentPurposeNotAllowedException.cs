using Portal.Domain.Errors;

namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>The payment-purposes table has no such purpose, or not for this kind of body (answered 403; recorded as refused).</summary>
public sealed class PaymentPurposeNotAllowedException(string purpose)
    : PortalException($"Reading the public-funds account for '{purpose}' is not allowed for this body.")
{
    public string Purpose { get; } = purpose;
}
