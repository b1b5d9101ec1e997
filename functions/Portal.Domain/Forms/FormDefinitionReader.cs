using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Portal.Domain.Forms;

/// <summary>
/// Reads one definition file and checks it is consistent before anyone fills it in: the schema compiles as 2020-12,
/// every field's name is described by the schema, choices match the schema's enum, conditions name existing fields,
/// and the schema's <c>required</c> lists only fields that are always shown and required.
/// </summary>
public static class FormDefinitionReader
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="InvalidDataException">The file is not a definition, or is inconsistent.</exception>
    public static FormDefinition Read(Stream json, string source)
    {
        FormDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<FormDefinition>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        if (definition is null)
        {
            throw new InvalidDataException($"{source} holds no definition.");
        }
        if (FormDefinitionRules.Problem(definition) is { } problem)
        {
            throw new InvalidDataException($"{source}: form \"{definition.Id}\" v{definition.Version} {problem}.");
        }
        return definition with { CompiledSchema = Compile(definition, source) };
    }

    private static JsonSchema Compile(FormDefinition definition, string source)
    {
        if (definition.Schema["$schema"]?.GetValue<string>() != Dialect)
        {
            throw new InvalidDataException($"{source}: the schema must declare \"$schema\": \"{Dialect}\".");
        }
        try
        {
            // A registry per definition: versions of one form may share $ids without clashing in the global one.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            return JsonSchema.Build(JsonSerializer.SerializeToElement(definition.Schema), options);
        }
        catch (Exception e) when (e is JsonSchemaException or JsonException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: the schema does not compile: {e.Message}", e);
        }
    }
}
