using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Quotas;

/// <summary>
/// How many times one agency client used one <see cref="DailyQuotaPurpose"/> on one Japan day, in <c>grants</c> (id
/// <c>{prefix}-{client}-{yyyyMMdd}</c>): one small document per purpose, agency and day, incremented with ETag
/// concurrency so every instance of the app counts the same total, unlike the in-memory per-minute limit. It deletes
/// itself a couple of days later.
/// </summary>
public sealed record DailyQuotaCount : IDocument
{
    public required string Id { get; init; }

    /// <summary>The purpose's own document type (<see cref="DailyQuotaPurpose.DocumentType"/>).</summary>
    public required string Type { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The Japan day, yyyy-MM-dd.</summary>
    public required string Day { get; init; }

    public required int Count { get; init; }

    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    public static string IdOf(DailyQuotaPurpose purpose, string clientId, string day) =>
        $"{purpose.IdPrefix}-{clientId}-{day.Replace("-", "", StringComparison.Ordinal)}";
}
