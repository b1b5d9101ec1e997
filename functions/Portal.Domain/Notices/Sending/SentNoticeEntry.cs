using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Whatever an agency's area partition holds under a notice id: an area notice, or a <see cref="NoticePointer"/> to a
/// personal one. Read as one shape so a lookup or a list page is one read, whichever kind each document is.
/// </summary>
public sealed record SentNoticeEntry : IDocument
{
    public required string Id { get; init; }

    public required string AudienceKey { get; init; }

    public required string Type { get; init; }

    /// <summary>A pointer's target partition; null for a notice.</summary>
    public string? NoticeAudienceKey { get; init; }

    /// <summary>The rest of the document, kept to turn a notice entry into the <see cref="Notice"/> it is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Rest { get; init; }

    [JsonIgnore]
    public string PartitionKey => AudienceKey;

    [JsonIgnore]
    public bool IsPointer => Type == NoticePointer.DocumentType;

    public Notice AsNotice() =>
        JsonSerializer.SerializeToElement(this, CosmosClientFactory.DocumentJson).Deserialize<Notice>(CosmosClientFactory.DocumentJson)!;
}
