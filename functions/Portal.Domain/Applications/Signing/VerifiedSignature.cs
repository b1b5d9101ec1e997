using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Applications.Signing;

/// <summary>A detached CMS signature that verified over the canonical document with a valid signing certificate.</summary>
/// <param name="Binding">The card-request binding attribute, for the caller to match with its request; null when absent.</param>
public sealed record VerifiedSignature(
    ValidatedCertificate Certificate,
    SignerCertificate Signer,
    SignatureEvidence Evidence,
    CardRequestBinding? Binding);
