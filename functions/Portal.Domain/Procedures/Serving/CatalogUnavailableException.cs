using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>The catalog has not been loaded yet (a fresh instance whose first load is slow or failing): answered 503.</summary>
public sealed class CatalogUnavailableException(TimeSpan retryAfter)
    : PortalException("The procedure catalog is not loaded yet.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
