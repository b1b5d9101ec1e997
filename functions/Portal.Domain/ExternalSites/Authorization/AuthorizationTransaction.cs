using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>
/// One resident's way through the authorization page for one pushed request, in <c>grants</c> under a hash of the
/// browser's cookie (the document never holds the cookie's value): the pushed request it took, the card login it
/// started, who logged in, and whether the site got its answer. Used once: <see cref="AuthorizationTransactionStates.Done"/> ends it.
/// </summary>
public sealed record AuthorizationTransaction : IDocument
{
    public const string DocumentType = "authorizationTransaction";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string State { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The site's registered name, shown so the resident knows who asks.</summary>
    public required string SiteName { get; init; }

    public required string RedirectUri { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public string? RequestState { get; init; }

    public required string Nonce { get; init; }

    public required string CodeChallenge { get; init; }

    public string? DpopJkt { get; init; }

    /// <summary>Sent back with every form of the page; a POST without it changes nothing (CSRF).</summary>
    public required string FormToken { get; init; }

    public string? CardRequestId { get; init; }

    /// <summary>The card request's code as shown (XXXX-XXXX): only this browser's page shows it, to type into the signer.</summary>
    public string? UserCode { get; init; }

    public DateTimeOffset? CardRequestExpiresAt { get; init; }

    /// <summary>Whoever completed the card login on this transaction: the resident who is asked to consent.</summary>
    public string? AccountId { get; init; }

    public DateTimeOffset? AuthenticatedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
