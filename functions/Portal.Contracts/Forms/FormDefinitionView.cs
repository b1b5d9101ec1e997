using System.Text.Json.Nodes;

namespace Portal.Contracts.Forms;

/// <summary>One version of a procedure's form: the answers' JSON Schema (2020-12) and how to present them.</summary>
public sealed record FormDefinitionView(
    string Id, int Version, string ProcedureId, string Title, string? Description, JsonObject Schema,
    IReadOnlyList<FormSectionView> Sections);
