using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// The number one keyed entry (an exchange) is to take in a resident's chain: created once per key, moved forward only
/// past a number another entry holds. See <see cref="HashChain{T}.AppendOnceAsync"/>. Expires with the retention.
/// </summary>
public sealed record ChainClaim(
    string Id, [property: JsonPropertyName("residentId")] string ResidentId, long Sequence, [property: JsonPropertyName("ttl")] int Ttl) : IDocument
{
    [JsonIgnore]
    public string PartitionKey => ResidentId;
}
