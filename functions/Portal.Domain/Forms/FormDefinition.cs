using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Json.Schema;

namespace Portal.Domain.Forms;

/// <summary>
/// One version of a procedure's form: the answers' shape as JSON Schema 2020-12 (<see cref="Schema"/>) and how to
/// present them (<see cref="Sections"/>). A published version never changes; a change is a new version, and an
/// application keeps the version it was filled against.
/// </summary>
public sealed record FormDefinition
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string ProcedureId { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required JsonObject Schema { get; init; }

    public required IReadOnlyList<FormSection> Sections { get; init; }

    /// <summary>The compiled <see cref="Schema"/>, set by <see cref="FormDefinitionReader"/>.</summary>
    [JsonIgnore]
    public JsonSchema? CompiledSchema { get; init; }

    /// <summary>Every top-level field in order (groups included, their item fields not).</summary>
    public IEnumerable<FormField> Fields => Sections.SelectMany(s => s.Fields);

    public FormField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
