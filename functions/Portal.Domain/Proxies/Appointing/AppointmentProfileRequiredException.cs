using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Starting a delegation needs the starter's 利用者情報 read from their card: the other person's signer shows the
/// starter's name from it, never a typed one (409).
/// </summary>
public sealed class AppointmentProfileRequiredException() : PortalException("The starting account holds no profile read from its card.");
