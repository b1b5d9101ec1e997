using System.Text.Json.Nodes;

namespace Portal.Contracts.Forms;

/// <summary>Shown when the answer at <c>Field</c> equals <c>EqualTo</c> or is one of <c>In</c>.</summary>
public sealed record FieldConditionView(string Field, JsonNode? EqualTo, IReadOnlyList<JsonNode?>? In);
