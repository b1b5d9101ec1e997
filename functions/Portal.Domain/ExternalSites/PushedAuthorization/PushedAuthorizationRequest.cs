using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>
/// A checked authorization request a site pushed (RFC 9126), in <c>grants</c> until the authorization page takes it
/// (once) or it expires. Its id is a hash of the request_uri's random part (<see cref="RequestUris.StoredIdOf"/>), so
/// the stored document does not hold the capability that takes it. Bound to the client that pushed it.
/// </summary>
public sealed record PushedAuthorizationRequest : IDocument
{
    public const string DocumentType = "pushedAuthorizationRequest";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ClientId { get; init; }

    /// <summary>Exactly one of the client's registered redirect URIs, as sent.</summary>
    public required string RedirectUri { get; init; }

    /// <summary>Within the client's registered scopes; always holds <c>openid</c>.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>Returned to the site unchanged with the code (RFC 6749 §4.1.2); optional.</summary>
    public string? State { get; init; }

    /// <summary>Goes into the ID token (OIDC Core §3.1.2.1); required here, as FAPI 2.0 clients that use ID tokens send it.</summary>
    public required string Nonce { get; init; }

    /// <summary>BASE64URL(SHA-256(code_verifier)) (RFC 7636 §4.2, S256 only).</summary>
    public required string CodeChallenge { get; init; }

    /// <summary>The JWK thumbprint (RFC 7638) of the DPoP key the code will be bound to (RFC 9449 §10); null when not given.</summary>
    public string? DpopJkt { get; init; }

    public required DateTimeOffset PushedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
