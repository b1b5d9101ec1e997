using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Certificates;

/// <summary>A JPKI certificate or signature the portal will not accept; <see cref="Refusal"/> says why.</summary>
public sealed class CertificateRefusedException(CertificateRefusal refusal, string detail, Exception? inner = null)
    : PortalException($"Certificate refused ({refusal}): {detail}", inner)
{
    public CertificateRefusal Refusal { get; } = refusal;
}
