using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// A personal notice as its sender finds it: the notice itself lives in its resident's partition (so their inbox reads
/// it without scanning anyone else's), and this small document, under the same id in the sending agency's own area
/// partition, says where. It mirrors what the agency's list filters and orders on (times, sender), so the list stays
/// one query in one partition. The partition key it holds names the account: it is storage, never shown to the agency.
/// </summary>
public sealed record NoticePointer : IDocument
{
    public const string DocumentType = "noticePointer";

    /// <summary>The notice's id: one id per Idempotency-Key, so a pointer and an area notice never share one.</summary>
    public required string Id { get; init; }

    /// <summary>The sending agency's area partition (<see cref="AgencyArea"/>).</summary>
    public required string AudienceKey { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string AgencyClientId { get; init; }

    /// <summary>The partition the notice is in (the resident's <c>res-</c> key).</summary>
    public required string NoticeAudienceKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset PublishAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>The notice's own TTL: both go together.</summary>
    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => AudienceKey;

    /// <summary>The pointer to <paramref name="notice"/> in <paramref name="area"/>, with its times as they are now.</summary>
    public static NoticePointer To(Notice notice, string area)
    {
        var utc = NoticeRepository.InUtc(notice);
        return new NoticePointer
        {
            Id = utc.Id, AudienceKey = area, AgencyClientId = utc.AgencyClientId, NoticeAudienceKey = utc.AudienceKey,
            CreatedAt = utc.CreatedAt, PublishAt = utc.PublishAt, ExpiresAt = utc.ExpiresAt, WithdrawnAt = utc.WithdrawnAt, Ttl = utc.Ttl,
        };
    }
}
