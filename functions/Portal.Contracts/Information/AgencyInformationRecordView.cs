using System.Text.Json.Nodes;

namespace Portal.Contracts.Information;

/// <summary>One version of a record as the providing body sees it: current, or superseded by a later correction.</summary>
public sealed record AgencyInformationRecordView(
    string RecordId, string Category, int Version, DateOnly ValidFrom, DateOnly? ValidTo, bool Withheld, JsonObject? Data,
    DateTimeOffset RecordedAt, bool Current, DateTimeOffset? SupersededAt);
