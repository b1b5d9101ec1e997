using System.Text.Json.Nodes;

namespace Portal.Contracts.Information;

/// <summary>One labelled value; an array of objects is an array of item lists. Masked fields show only their last two characters.</summary>
public sealed record MyInformationItemView(string Key, string Label, JsonNode? Value);
