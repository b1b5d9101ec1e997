using System.Security.Cryptography.X509Certificates;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The key that signs new tokens, and the one before it: tokens signed just before a rotation must keep validating
/// until they expire, so the JWKS publishes both.
/// </summary>
public sealed record TokenSigningKeys(X509Certificate2 Current, X509Certificate2? Previous)
{
    public IEnumerable<X509Certificate2> All => Previous is null ? [Current] : [Current, Previous];
}
