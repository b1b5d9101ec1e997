using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Signing;

/// <summary>A signed application's signature that the portal will not accept; <see cref="Refusal"/> says why.</summary>
public sealed class SignatureRefusedException(SignatureRefusal refusal, string detail, Exception? inner = null)
    : PortalException($"Signature refused ({refusal}): {detail}", inner)
{
    public SignatureRefusal Refusal { get; } = refusal;
}
