using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Storage;

/// <summary>A neutral test document, partitioned by owner.</summary>
public sealed record Parcel(string Id, string Owner, string Label, int? Ttl = null) : IDocument
{
    [JsonIgnore]
    public string PartitionKey => Owner;
}
