using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>Ending a delegation that has already ended (cancelled, resigned or declined) (409).</summary>
public sealed class DelegationEndedException(string state) : PortalException($"The delegation is already {state}.")
{
    public string State { get; } = state;
}
