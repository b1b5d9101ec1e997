using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// A DPoP proof refused (<see cref="DpopErrors"/>). The token endpoint answers it as an OAuth error (400), a resource
/// as a <c>WWW-Authenticate: DPoP</c> challenge (401); both send a fresh nonce with <see cref="DpopErrors.UseNonce"/>.
/// The description is for the client's developer; the log says the same, never the proof.
/// </summary>
public sealed class DpopProofRefusedException(string error, string description)
    : PortalException($"DPoP proof refused ({error}): {description}")
{
    public string Error { get; } = error;

    public string Description { get; } = description;
}
