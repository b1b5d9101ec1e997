using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>No such delegation with this resident as that party: unknown and someone else's are not told apart (404).</summary>
public sealed class DelegationNotFoundException() : PortalException("No such delegation for this resident.");
