using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Information.Records;

/// <summary>
/// One version of one record (副本) an agency holds about a resident, in <c>residents</c> under the resident's own
/// partition: わたしの情報 is one partition read. Bitemporal: <see cref="ValidFrom"/>–<see cref="ValidTo"/> is when it
/// was true, <see cref="RecordedAt"/>–<see cref="SupersededAt"/> when the agency said so; a correction is the next
/// version and marks this one not <see cref="Current"/>, so finding what is current needs no GROUP BY, and what the
/// agency said on any day stays answerable. The id holds the version: creating it only if absent serializes corrections.
/// </summary>
public sealed record InformationRecord : IDocument
{
    public const string DocumentType = "informationRecord";

    public required string Id { get; init; }

    /// <summary>The account the body's residentRef stands for (the container's partition key).</summary>
    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The providing body's key (its code, national-{id} or insurer-{number}); what isolates agencies.</summary>
    public required string Body { get; init; }

    public required string BodyKind { get; init; }

    /// <summary>The providing client's registered name when it recorded this ("千代田区").</summary>
    public required string ProviderName { get; init; }

    public required string Category { get; init; }

    /// <summary>The agency's own id of the record.</summary>
    public required string RecordId { get; init; }

    public required int Version { get; init; }

    public required DateOnly ValidFrom { get; init; }

    /// <summary>The last day it was true (inclusive); null while it still is.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>不開示: the agency holds something it may not disclose; <see cref="Data"/> is then never stored.</summary>
    public bool Withheld { get; init; }

    public JsonObject? Data { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public bool Current { get; init; } = true;

    public DateTimeOffset? SupersededAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string IdOf(string body, string category, string recordId, int version) =>
        $"info:{body}:{category}:{recordId}:v{version}";

    /// <summary>Whether it was true on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>The same thing said again: a retried PUT, which must not make a new version.</summary>
    public bool SaysTheSameAs(ValidInformation information) =>
        ValidFrom == information.ValidFrom && ValidTo == information.ValidTo && Withheld == information.Withheld
        && JsonNode.DeepEquals(Data, information.Data);
}
