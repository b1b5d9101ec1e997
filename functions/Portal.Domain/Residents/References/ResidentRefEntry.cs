using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Residents.References;

/// <summary>
/// One ref given out: (body, ref) → account, in <c>applications</c> under the body's own partition, so an agency's
/// lookup never leaves its partition and one body's refs cannot be resolved through another's.
/// </summary>
public sealed record ResidentRefEntry : IDocument
{
    public const string DocumentType = "residentRef";

    /// <summary>The ref itself (<c>rr_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The body's partition key in <c>applications</c>.</summary>
    public required string LocalGovernmentCode { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string AccountId { get; init; }

    public required DateTimeOffset GivenOutAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => LocalGovernmentCode;
}
