using System.Text.Json.Serialization;
using Portal.Contracts.Histories;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// Where a resident's chain starts after retention deleted its oldest entries: the first kept sequence number and the
/// hash of the entry before it. Written before anything is deleted, so the chain verifies at every moment.
/// </summary>
public sealed record ChainCheckpoint(
    [property: JsonPropertyName("residentId")] string ResidentId, long FirstSequence, string PreviousHash) : IDocument
{
    public string Id => ChainIds.Checkpoint;

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public HistoryCheckpoint ToContract() => new(FirstSequence, PreviousHash);
}
