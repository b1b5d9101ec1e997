using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// One login of an account (ログイン中の端末), in <c>residents</c> in the account's own partition (id "ses-…"): the
/// index of an account's logins, since their refresh-token families live one per partition in <c>grants</c>. Every
/// resident request checks that it still exists (<see cref="ResidentAccessCheck"/>); ending the login deletes it and
/// its family. Holds ids, the client's name, the device kind and times: nothing about the person.
/// </summary>
public sealed record LoginSession : IDocument
{
    public const string DocumentType = "session";

    /// <summary>The session id, <see cref="SessionIdentifiers"/> (the tokens' <c>sid</c>).</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The partition: the account's id.</summary>
    public required string ResidentId { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The registered client's name when the login started (what the resident recognises).</summary>
    public required string ClientName { get; init; }

    /// <summary>One of <c>DeviceKinds</c>, as the client declared it.</summary>
    public required string DeviceKind { get; init; }

    /// <summary>The refresh-token family ended with the session; null for a client without refresh tokens.</summary>
    public string? FamilyId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Moved by every refresh.</summary>
    public required DateTimeOffset LastUsedAt { get; init; }

    /// <summary>When the login can no longer be used: its family's idle end, or its only access token's expiry.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Seconds until Cosmos removes it (until <see cref="ExpiresAt"/>; the expiry itself is checked in code).</summary>
    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;
}
