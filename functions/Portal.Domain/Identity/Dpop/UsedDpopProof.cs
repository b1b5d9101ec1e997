using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// A DPoP proof already presented, in <c>grants</c>: its id is a hash of the key's thumbprint and the proof's jti, so a
/// second create fails (RFC 9449 §11.1). Kept while the proof could still pass the freshness check.
/// </summary>
public sealed record UsedDpopProof : IDocument
{
    public const string DocumentType = "usedDpopProof";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
