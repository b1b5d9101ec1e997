using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>
/// When a field is shown: the answer at <see cref="Field"/> equals <see cref="EqualTo"/> or is one of <see cref="In"/>.
/// Inside a repeatable group, <see cref="Field"/> names a sibling in the same item when one has that name, otherwise a
/// top-level field. A hidden field is neither required nor checked.
/// </summary>
public sealed record FieldCondition
{
    public required string Field { get; init; }

    public JsonNode? EqualTo { get; init; }

    public IReadOnlyList<JsonNode?> In { get; init; } = [];

    public bool Matches(JsonNode? answer) =>
        answer is not null && (EqualTo is { } single ? JsonNode.DeepEquals(answer, single) : In.Any(v => JsonNode.DeepEquals(answer, v)));
}
