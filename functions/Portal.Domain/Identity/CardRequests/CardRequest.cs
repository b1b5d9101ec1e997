using System.Text.Json.Serialization;
using Portal.Contracts.CardRequests;
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

    /// <summary>The portal, as the signer names who it talks to.</summary>
    public required string ClientName { get; init; }

    public required string Description { get; init; }

    /// <summary>Who asked: the client's registered name, the device kind it declared, when.</summary>
    public required CardRequester Requester { get; init; }

    /// <summary>Procedure, receiving body and summary (sign only).</summary>
    public CardRequestSigning? Signing { get; init; }

    /// <summary>
    /// base64url SHA-256 of the code shown where the request was started (<see cref="UserCodes"/>). The code itself is
    /// only in the answer to whoever started it; the signer sends back what the resident typed.
    /// </summary>
    public required string UserCodeHash { get; init; }

    /// <summary>When the right code was first typed; no answer is taken before.</summary>
    public DateTimeOffset? CodeConfirmedAt { get; init; }

    /// <summary>Base64url of 32 random bytes, bound into <see cref="DataToSign"/>.</summary>
    public required string Nonce { get; init; }

    public required string Audience { get; init; }

    /// <summary>Base64 of the exact bytes whose SHA-256 the card signs; null for prefill.</summary>
    public string? DataToSign { get; init; }

    /// <summary>
    /// Sign with a consent question only: base64 signed attributes over the document that says yes (same request,
    /// nonce and time as <see cref="DataToSign"/>, another digest); the card signs this one when the resident agrees.
    /// </summary>
    public string? ConsentDataToSign { get; init; }

    /// <summary>Sign only: base64 <c>CardChallenge</c> (purpose sign) the same card answers with its authentication key.</summary>
    public string? AuthenticationChallenge { get; init; }

    /// <summary>Sign only: the account that submits (the actor); the answer must come from a card it signs in with.</summary>
    public string? SignerAccountId { get; init; }

    /// <summary>
    /// Sign only: any card may answer (its account is not known when the request is made); the outcome names the
    /// authentication certificate, and the asking feature decides. False: <see cref="SignerAccountId"/>'s card only.
    /// </summary>
    public bool AnyCard { get; init; }

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

    /// <summary>How logs name it: the id is the capability, so never the id itself.</summary>
    [JsonIgnore]
    public string LogReference => LogReferences.Of(Id);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;
}
