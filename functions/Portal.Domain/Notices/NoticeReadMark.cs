using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices;

/// <summary>
/// 既読: that a resident opened a notice, in <c>residents</c> under the resident (id <c>nrd-{noticeId}</c>). Written
/// once per resident who reads, never per recipient at send time. Deleted with the account (the container has no TTL).
/// </summary>
public sealed record NoticeReadMark : IDocument
{
    public const string DocumentType = "noticeRead";

    public const string IdPrefix = "nrd-";

    public required string Id { get; init; }

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string NoticeId { get; init; }

    public required DateTimeOffset ReadAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string IdOf(string noticeId) => IdPrefix + noticeId;
}
