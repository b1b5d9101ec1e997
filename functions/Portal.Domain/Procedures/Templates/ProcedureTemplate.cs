using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Templates;

/// <summary>
/// A procedure (手続) as the law defines it, the same everywhere: what it is, who may apply, what to bring. Who offers it
/// and how is in <see cref="Offerings.OfferingSet"/>. Stored in <c>procedures</c> under the partition
/// <see cref="PartitionValue"/>; written as data in the repository and seeded.
/// </summary>
public sealed record ProcedureTemplate : IDocument
{
    public const string DocumentType = "procedureTemplate";

    /// <summary>The value of <c>localGovernmentCode</c> (the container's partition key) for every template.</summary>
    public const string PartitionValue = "templates";

    /// <summary>A stable slug, e.g. "child-allowance-certification" (児童手当の認定請求).</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    [JsonPropertyName("localGovernmentCode")]
    public string Partition { get; init; } = PartitionValue;

    /// <summary>The official name: "児童手当の認定請求".</summary>
    public required string Name { get; init; }

    /// <summary>Its reading in hiragana: "じどうてあてのにんていせいきゅう".</summary>
    public required string Kana { get; init; }

    /// <summary>What it is, in plain words (one or two sentences).</summary>
    public required string Summary { get; init; }

    /// <summary>Who may apply.</summary>
    public required string Eligibility { get; init; }

    public required IReadOnlyList<string> RequiredDocuments { get; init; }

    /// <summary>"無料", "1通300円（市区町村により異なります）", ...</summary>
    public required string Fee { get; init; }

    /// <summary>One of <see cref="ProcessingLevels"/>.</summary>
    public required string Level { get; init; }

    /// <summary>For national procedures, the agency that processes it ("mofa", "mhlw", "digital", ...); else null.</summary>
    public string? NationalAgencyId { get; init; }

    /// <summary>Codes of <see cref="Catalog.Categories"/>.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Codes of <see cref="Catalog.LifeEvents"/>.</summary>
    public required IReadOnlyList<string> LifeEvents { get; init; }

    /// <summary>Other words residents use for it (searched, not shown).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Whether it can be done online at all (an offering may still not offer it online).</summary>
    public required bool OnlineCapable { get; init; }

    /// <summary>Whether an online application needs the card's electronic signature (署名用電子証明書).</summary>
    public required bool RequiresSignature { get; init; }

    /// <summary>The form it uses once forms exist (the forms issue); null until then.</summary>
    public string? FormId { get; init; }

    [JsonIgnore]
    public string PartitionKey => Partition;
}
