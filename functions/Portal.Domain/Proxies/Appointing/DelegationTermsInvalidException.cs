using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>The delegation asked for cannot be: nothing was stored and no card request made (422).</summary>
public sealed class DelegationTermsInvalidException(DelegationTermsRefusal refusal)
    : PortalException($"The delegation's terms are refused: {refusal}.")
{
    public DelegationTermsRefusal Refusal { get; } = refusal;
}
