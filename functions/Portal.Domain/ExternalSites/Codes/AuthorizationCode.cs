using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Codes;

/// <summary>
/// An authorization code given to a site after the resident's card login and consent, in <c>grants</c> under a hash
/// of the code (the document never holds the code itself). Bound to the client, the redirect URI, the PKCE challenge
/// and, when the site named one, its DPoP key; lives <see cref="AuthorizationCodes.Lifetime"/>. Redeeming it marks it
/// rather than deleting it, so a second use is recognised as such (RFC 6749 §4.1.2) and not mistaken for an unknown code.
/// </summary>
public sealed record AuthorizationCode : IDocument
{
    public const string DocumentType = "authorizationCode";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ClientId { get; init; }

    public required string RedirectUri { get; init; }

    /// <summary>BASE64URL(SHA-256(code_verifier)) from the pushed request (S256 only).</summary>
    public required string CodeChallenge { get; init; }

    /// <summary>The DPoP key thumbprint the pushed request named (RFC 9449 §10); null when it named none.</summary>
    public string? DpopJkt { get; init; }

    /// <summary>The portal account that logged in and consented (never sent to the site: it gets a pairwise sub).</summary>
    public required string AccountId { get; init; }

    /// <summary>What the resident consented to, within what the site asked for.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The pushed request's nonce, for the ID token.</summary>
    public required string Nonce { get; init; }

    /// <summary>When the resident authenticated with the card (the ID token's auth_time).</summary>
    public required DateTimeOffset AuthenticatedAt { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set when the code was exchanged for tokens: a later use is a replay.</summary>
    public DateTimeOffset? RedeemedAt { get; init; }

    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
