using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// One consenting resident under the key of their basic 4 items, in <c>residents</c> under the partition
/// <c>lookup-{key}</c>: a lookup is one partition query, and residents with the same items are the same partition's
/// documents (told apart by account, so neither write contends with the other). Only the key and the account id.
/// </summary>
public sealed record LookupEntry : IDocument
{
    public const string DocumentType = "residentLookup";

    public const string PartitionPrefix = "lookup-";

    /// <summary>The account id.</summary>
    public required string Id { get; init; }

    /// <summary>The partition: <see cref="PartitionPrefix"/> and the key of the items.</summary>
    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required DateTimeOffset WrittenAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string PartitionOf(string key) => PartitionPrefix + key;
}
