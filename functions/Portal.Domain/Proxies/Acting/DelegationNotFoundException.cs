using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// No delegation by that id names the caller as its proxy and is in effect (answered 404): the same answer whether it
/// does not exist, is someone else's, or has ended, so a stranger never learns that it exists.
/// </summary>
public sealed class DelegationNotFoundException() : PortalException("No delegation in effect names the caller as its proxy.");
