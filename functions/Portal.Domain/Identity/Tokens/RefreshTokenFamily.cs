using System.Text.Json.Serialization;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The refresh tokens of one card login, in <c>grants</c> (id "rtf-&lt;familyId&gt;"). A refresh token is
/// "&lt;familyId&gt;.&lt;secret&gt;"; only the SHA-256 of the current secret (and of the rotated-out ones) is stored.
/// Every use rotates the secret; presenting any other secret of the family revokes it (RFC 9700 §4.14.2).
/// </summary>
public sealed record RefreshTokenFamily : IDocument
{
    public const string DocumentType = "refreshTokenFamily";

    public const string IdPrefix = "rtf-";

    /// <summary>The rotated-out hashes kept (for telling a replay from a guess in the log; any mismatch revokes anyway).</summary>
    public const int PreviousHashesKept = 20;

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>base64url SHA-256 of the current secret.</summary>
    public required string CurrentHash { get; init; }

    public IReadOnlyList<string> PreviousHashes { get; init; } = [];

    public required string AccountId { get; init; }

    public required string ClientId { get; init; }

    /// <summary>
    /// The login (<c>LoginSession</c>) the family belongs to: its tokens carry it as <c>sid</c>, and ending either ends
    /// both. Null only in families from before sessions existed, which end at their next refresh.
    /// </summary>
    public string? SessionId { get; init; }

    /// <summary>
    /// The card certificate the login was made with, checked against the current CRL at every refresh: a revoked card
    /// ends the login. Null in families from before it was recorded (and logins not made with a card, in tests).
    /// </summary>
    public CertificateName? Certificate { get; init; }

    /// <summary>The scopes granted at the login, space-separated (what a pending account gets is decided per issue).</summary>
    public required string Scope { get; init; }

    /// <summary>When the resident signed in with the card (the ID token's auth_time).</summary>
    public required DateTimeOffset AuthTime { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Absolute end of the family, whatever its use.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Pushed forward by every rotation; capped by <see cref="ExpiresAt"/>.</summary>
    public required DateTimeOffset IdleExpiresAt { get; init; }

    public DateTimeOffset? RotatedAt { get; init; }

    public int Rotations { get; init; }

    /// <summary>Seconds until Cosmos removes it: until <see cref="IdleExpiresAt"/> (the expiry itself is checked in code).</summary>
    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    [JsonIgnore]
    public string FamilyId => Id[IdPrefix.Length..];

    /// <summary>
    /// How logs name the family: a hash prefix of its id, never the id itself (it is half of every refresh token of
    /// the family, and anyone holding it could end the family by presenting a wrong secret).
    /// </summary>
    [JsonIgnore]
    public string LogReference => LogReferences.Of(FamilyId);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt || now >= IdleExpiresAt;
}
