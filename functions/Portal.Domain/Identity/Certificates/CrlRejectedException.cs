using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Certificates;

/// <summary>A fetched CRL that is not usable (unparsable, not signed by the anchor, no nextUpdate or number).</summary>
public sealed class CrlRejectedException(string message, Exception? inner = null) : PortalException(message, inner);
