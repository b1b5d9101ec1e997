namespace Portal.Domain.Storage;

/// <summary>A document stored in one Cosmos container: its id and the value of the container's partition key.</summary>
public interface IDocument
{
    string Id { get; }

    /// <summary>The value at the container's partition key path; implement it over the document's own property.</summary>
    string PartitionKey { get; }
}
