using System.Security.Cryptography;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// A certificate that chained to the purpose's anchor with the right key usage. An account is found by
/// <see cref="Issuer"/> and <see cref="SerialNumber"/> (the authentication certificate's subject is opaque).
/// </summary>
public sealed record ValidatedCertificate(
    CertificatePurpose Purpose,
    string Subject,
    string Issuer,
    string SerialNumber,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Sha256,
    RSA PublicKey)
{
    // PublicKey is shared by every caller that gets this (cached) instance: it is only ever used to verify, and .NET's
    // RSA implementations take a fresh native context per operation, so concurrent verifies are safe. It is not disposed
    // when the entry leaves the cache, because a caller may still hold it; the finalizer frees it.
}
