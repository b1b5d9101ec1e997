using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Pairwise;

/// <summary>
/// One subject given out: (sector, sub) → account, in <c>residents</c> under a partition of its own
/// (<c>pairwise-{sub}</c>): resolving a site's token is one point read, and a site with millions of residents is
/// millions of small partitions rather than one hot one. Only the sector, the subject and the account id.
/// </summary>
public sealed record PairwiseSubjectEntry : IDocument
{
    public const string DocumentType = "pairwiseSubject";

    public const string PartitionPrefix = "pairwise-";

    /// <summary>The subject itself.</summary>
    public required string Id { get; init; }

    /// <summary>The partition: <see cref="PartitionPrefix"/> and the subject.</summary>
    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The sector the subject was derived for: a subject presented for another sector resolves to nobody.</summary>
    public required string Sector { get; init; }

    public required string AccountId { get; init; }

    public required DateTimeOffset GivenOutAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string PartitionOf(string subject) => PartitionPrefix + subject;
}
