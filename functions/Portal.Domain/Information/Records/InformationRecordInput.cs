using System.Text.Json.Nodes;

namespace Portal.Domain.Information.Records;

/// <summary>What an agency sent for one record, unchecked (dates as text, so a bad one is named, not a parse failure).</summary>
public sealed record InformationRecordInput(string? ValidFrom, string? ValidTo, JsonNode? Data, bool? Withheld);
