using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// A hint of where a resident's chain ends, so an append does not query for the last entry. It may lag (a lost race
/// to update it, a failed update): an append starts there and moves forward past numbers already taken.
/// </summary>
public sealed record ChainHead(
    [property: JsonPropertyName("residentId")] string ResidentId, long Sequence, string Hash) : IDocument
{
    public string Id => ChainIds.Head;

    [JsonIgnore]
    public string PartitionKey => ResidentId;
}
