using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// How many notices one agency client created on one Japan day, in <c>grants</c> (id <c>ndc-{client}-{yyyyMMdd}</c>):
/// one small document per agency per day, incremented with ETag concurrency so every instance of the app counts the
/// same total, unlike the in-memory per-minute limit. It deletes itself a couple of days later.
/// </summary>
public sealed record NoticeDailyCount : IDocument
{
    public const string DocumentType = "noticeDailyCount";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ClientId { get; init; }

    /// <summary>The Japan day, yyyy-MM-dd.</summary>
    public required string Day { get; init; }

    public required int Count { get; init; }

    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    public static string IdOf(string clientId, string day) => $"ndc-{clientId}-{day.Replace("-", "", StringComparison.Ordinal)}";
}
