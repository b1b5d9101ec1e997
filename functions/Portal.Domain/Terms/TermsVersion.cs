using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Terms;

/// <summary>
/// One published version of the terms of use (利用規約) in <c>terms</c>. Published once, never edited: a change is a
/// new version, and an account stores the version it accepted.
/// </summary>
public sealed record TermsVersion : IDocument
{
    public const string DocumentType = "terms";

    /// <summary>The version label, e.g. "2026-12-01"; also the document id.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Title { get; init; }

    /// <summary>The full text (Markdown), as residents read it.</summary>
    public required string Body { get; init; }

    /// <summary>From when it applies; the current version is the latest one already in effect.</summary>
    public required DateTimeOffset EffectiveAt { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
