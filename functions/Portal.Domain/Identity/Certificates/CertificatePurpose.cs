namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// What a JPKI certificate is offered for. JPKI runs two separate CAs, so the purpose decides which trust anchor and
/// which CRL apply: login uses the 利用者証明用 (authentication) CA, signing uses the 署名用 (signing) CA.
/// </summary>
public enum CertificatePurpose
{
    Authentication,
    Signing,
}
