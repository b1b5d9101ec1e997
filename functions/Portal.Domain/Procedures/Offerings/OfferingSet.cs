using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Offerings;

/// <summary>
/// Everything one body offers, as one document in <c>procedures</c>: id and partition are the body's key (a local
/// government code, or "national-&lt;agencyId&gt;"), so an agency's update is one single-partition replace (with ETag)
/// and loading the whole catalog is about 2,000 point-sized reads.
/// </summary>
public sealed record OfferingSet : IDocument
{
    public const string DocumentType = "offeringSet";

    /// <summary>The key of a national agency's set.</summary>
    public static string NationalKey(string agencyId) => $"national-{agencyId}";

    /// <summary>The body's key: a local government code or <see cref="NationalKey"/>.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    [JsonPropertyName("localGovernmentCode")]
    public string Partition => Id;

    /// <summary>The body's name as residents know it: "千代田区", "外務省".</summary>
    public required string BodyName { get; init; }

    public required IReadOnlyList<Offering> Offerings { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The client that last changed it ("seed" for seeded data).</summary>
    public required string UpdatedBy { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
