using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Storage;

/// <summary>
/// Any document of <c>procedures</c> as the change feed hands it over: templates and offering sets share the container,
/// so a change is read untyped and turned into its own type by <see cref="Type"/>.
/// </summary>
public sealed record CatalogDocument : IDocument
{
    public required string Id { get; init; }

    public string? Type { get; init; }

    [JsonPropertyName("localGovernmentCode")]
    public string? Partition { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Rest { get; init; }

    [JsonIgnore]
    public string PartitionKey => Partition ?? string.Empty;

    /// <summary>The document as its own type (a round trip through JSON: changes are few, so the cost does not matter).</summary>
    public T As<T>() =>
        JsonSerializer.SerializeToElement(this, CosmosClientFactory.DocumentJson).Deserialize<T>(CosmosClientFactory.DocumentJson)
        ?? throw new JsonException($"The document {Id} is empty.");
}
