using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// A delegated token whose delegation is no longer in effect — revoked, resigned, past its period — or no longer names
/// these two accounts (answered 401: exchanging again will not help either).
/// </summary>
public sealed class DelegationEndedException(string reason) : PortalException($"The delegation is not in effect: {reason}")
{
    /// <summary>A few English words for the log (never personal data).</summary>
    public string Reason { get; } = reason;
}
