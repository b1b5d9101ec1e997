using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>The account already waits for <paramref name="limit"/> cards: nobody can make card requests for strangers in bulk (409).</summary>
public sealed class PendingDelegationLimitException(int limit) : PortalException($"At most {limit} delegations may wait for a card.")
{
    public int Limit { get; } = limit;
}
