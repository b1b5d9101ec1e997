using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Links;

/// <summary>
/// 連携中のサイト: that a resident linked a site (consented to what it asked), in <c>residents</c> under the resident
/// (id <c>sitelink-{clientId}</c>): one document per site, read on every call the site makes with the resident's
/// token, so unlinking stops the site at once. Deleted with the account (the container has no TTL).
/// </summary>
public sealed record SiteLink : IDocument
{
    public const string DocumentType = "siteLink";

    public const string IdPrefix = "sitelink-";

    public required string Id { get; init; }

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The site's client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The site's registered name when the resident linked it, for the list.</summary>
    public required string SiteName { get; init; }

    /// <summary>What the resident consented to: the consent screen is skipped when a site asks for these or fewer.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset LinkedAt { get; init; }

    /// <summary>When the site last used a token of this resident (updated at most every few minutes).</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>Tokens issued before this stop working (a code redeemed twice); null when none were revoked.</summary>
    public DateTimeOffset? TokensValidAfter { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string IdOf(string clientId) => IdPrefix + clientId;

    /// <summary>Whether a token issued at <paramref name="issuedAt"/> still works.</summary>
    public bool Accepts(DateTimeOffset issuedAt) => TokensValidAfter is not { } after || issuedAt > after;

    /// <summary>Whether the resident consented to everything in <paramref name="scopes"/> already.</summary>
    public bool Covers(IEnumerable<string> scopes) => scopes.All(s => Scopes.Contains(s, StringComparer.Ordinal));
}
