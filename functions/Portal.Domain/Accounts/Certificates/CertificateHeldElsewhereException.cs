using Portal.Domain.Errors;

namespace Portal.Domain.Accounts.Certificates;

/// <summary>The card's certificate already belongs to another account: it is never moved between accounts silently.</summary>
public sealed class CertificateHeldElsewhereException() : PortalException("The certificate belongs to another account.");
