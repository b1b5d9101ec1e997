using Portal.Domain.Errors;

namespace Portal.Domain.Exchanges.Purposes;

/// <summary>The allowed-purpose table has no row for this kind of body, category and purpose (answered 403; recorded as refused).</summary>
public sealed class ExchangePurposeNotAllowedException(string category, string purpose)
    : PortalException($"Exchanging '{category}' for '{purpose}' is not allowed for this body.")
{
    public string Category { get; } = category;

    public string Purpose { get; } = purpose;
}
