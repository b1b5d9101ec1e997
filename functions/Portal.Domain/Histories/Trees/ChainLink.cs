using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Trees;

/// <summary>Just the link of any chained entry (its hash), read when probing past a head hint that lags.</summary>
public sealed record ChainLink(string Id, [property: JsonPropertyName("residentId")] string ResidentId, string? Hash) : IDocument
{
    [JsonIgnore]
    public string PartitionKey => ResidentId;
}
