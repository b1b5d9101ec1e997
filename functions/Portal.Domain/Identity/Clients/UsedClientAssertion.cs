using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// A private_key_jwt assertion already presented, in <c>grants</c>: its id is a hash of client id + jti, so a second
/// create fails (single use, OIDC Core §9). Kept until the assertion itself expires; replaying it later fails on exp.
/// </summary>
public sealed record UsedClientAssertion : IDocument
{
    public const string DocumentType = "usedClientAssertion";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ClientId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
