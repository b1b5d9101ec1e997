using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// One single-use request for the card (login, sign or prefill), stored in <c>cardRequests</c> under its own id.
/// The id is the capability: whoever holds the link may fetch and answer it, so it is 128 random bits.
/// </summary>
public sealed record CardRequest : IDocument
{
    /// <summary>After this many refused answers the request is burned: treated as used, so guessing is bounded.</summary>
    public const int MaxFailedAttempts = 3;

    public required string Id { get; init; }

    /// <summary>One of <c>CardRequestPurposes</c>: login, sign or prefill.</summary>
    public required string Purpose { get; init; }

    public required string ClientName { get; init; }

    public required string Description { get; init; }

    /// <summary>What is signed, in words (sign only).</summary>
    public string? Summary { get; init; }

    /// <summary>Base64url of 32 random bytes, bound into <see cref="DataToSign"/>.</summary>
    public required string Nonce { get; init; }

    public required string Audience { get; init; }

    /// <summary>Base64 of the exact bytes whose SHA-256 the card signs; null for prefill.</summary>
    public string? DataToSign { get; init; }

    public bool CertificateRequired { get; init; }

    /// <summary>Base64 DER of the certificate the portal already holds, when <see cref="CertificateRequired"/> is false.</summary>
    public string? ExpectedCertificate { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public string State { get; init; } = CardRequestStates.Pending;

    public CardRequestOutcome? Outcome { get; init; }

    public FailedAttempts FailedAttempts { get; init; } = FailedAttempts.None;

    /// <summary>What asked for the card (a device authorization, a form); opaque here.</summary>
    public CardRequestContext? Context { get; init; }

    /// <summary>Seconds; Cosmos deletes the document after it as a backstop (the expiry itself is checked in code).</summary>
    public int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    /// <summary>Completed, or burned by too many refused answers: either way it can never be answered again.</summary>
    [JsonIgnore]
    public bool IsUsed => State != CardRequestStates.Pending || FailedAttempts.Count >= MaxFailedAttempts;

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;
}
