using Portal.Domain.Errors;

namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>
/// A site's call to the external API refused for its token or proof: <see cref="Error"/> is the RFC 6750 / RFC 9449
/// code of the <c>WWW-Authenticate: DPoP</c> challenge (invalid_token, invalid_dpop_proof, use_dpop_nonce: 401;
/// insufficient_scope: 403). Never a resident token's refusal: a site is answered in its own scheme.
/// </summary>
public sealed class SiteTokenRefusedException(string error, string reason, string? dpopNonce = null)
    : PortalException($"Site token refused ({error}): {reason}")
{
    public const string InvalidToken = "invalid_token";

    public const string InsufficientScope = "insufficient_scope";

    public string Error { get; } = error;

    /// <summary>The nonce to retry with, for use_dpop_nonce.</summary>
    public string? DpopNonce { get; } = dpopNonce;
}
