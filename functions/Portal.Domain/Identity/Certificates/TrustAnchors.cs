using System.Security.Cryptography.X509Certificates;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// The two loaded JPKI root certificates. Loaded once at start-up (from files or Key Vault) so that a verification
/// never waits on I/O; a missing anchor is a configuration error, not a refusal.
/// </summary>
public sealed class TrustAnchors(X509Certificate2 authentication, X509Certificate2 signing)
{
    public X509Certificate2 Authentication { get; } = authentication;

    public X509Certificate2 Signing { get; } = signing;

    public X509Certificate2 For(CertificatePurpose purpose) => purpose switch
    {
        CertificatePurpose.Authentication => Authentication,
        CertificatePurpose.Signing => Signing,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };
}
