using System.Text.Json.Serialization;
using Portal.Contracts.CardRequests;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// One RFC 8628 device authorization, in <c>cardRequests</c> next to the login card request it made (same partition
/// shape: pk /id, TTL). The id is the SHA-256 of the device code (base64url, 43 characters, so it never collides with
/// a 22-character card request id): the device code itself is never stored.
/// </summary>
public sealed record DeviceAuthorization : IDocument
{
    public const string DocumentType = "deviceAuthorization";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>8 characters of <see cref="UserCodes.Alphabet"/>, stored without the hyphen.</summary>
    public required string UserCode { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The granted scopes, space-separated.</summary>
    public required string Scope { get; init; }

    public required string CardRequestId { get; init; }

    /// <summary>One of <c>DeviceKinds</c>: where the client says the login was started.</summary>
    public string DeviceKind { get; init; } = DeviceKinds.Other;

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Seconds the client must wait between polls; grows by 5 on every slow_down (RFC 8628 §3.5).</summary>
    public required int Interval { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>One of <see cref="DeviceAuthorizationStates"/>.</summary>
    public string State { get; init; } = DeviceAuthorizationStates.Pending;

    /// <summary>
    /// Set while one poll signs the resident in and issues the tokens (<see cref="DeviceAuthorizationStates.Issuing"/>):
    /// which poll holds the claim, so only that one may consume or release it.
    /// </summary>
    public string? ClaimId { get; init; }

    /// <summary>When the claim was taken; after <c>DeviceAuthorizationService.ClaimLease</c> another poll may take it over.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The signed-in account, once approved.</summary>
    public string? AccountId { get; init; }

    /// <summary>Seconds; Cosmos removes the document after it (the expiry itself is checked in code).</summary>
    public int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Whether a poll is issuing the tokens now (its claim younger than <paramref name="lease"/>).</summary>
    public bool IsClaimedAt(DateTimeOffset now, TimeSpan lease) =>
        State == DeviceAuthorizationStates.Issuing && ClaimedAt is { } at && now - at < lease;
}

/// <summary>The states of a device authorization.</summary>
public static class DeviceAuthorizationStates
{
    public const string Pending = "pending";

    /// <summary>
    /// The card answered and one poll is signing the resident in: the device code is not spent yet. If that poll fails
    /// it goes back to pending; if its process dies, the claim lapses and a later poll takes over.
    /// </summary>
    public const string Issuing = "issuing";

    /// <summary>The card login completed and tokens were issued: the device code is spent.</summary>
    public const string Approved = "approved";

    /// <summary>The card request was burned by refused answers: the resident could not sign in.</summary>
    public const string Denied = "denied";
}
