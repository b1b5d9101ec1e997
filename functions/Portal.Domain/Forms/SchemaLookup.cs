using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>Finds the subschema that describes a data location, through <c>properties</c> and array <c>items</c>.</summary>
public static class SchemaLookup
{
    /// <summary>The subschema at a dotted name, or null when the schema does not describe it.</summary>
    public static JsonObject? Property(JsonObject schema, string dottedName)
    {
        JsonObject? node = schema;
        foreach (var segment in dottedName.Split('.'))
        {
            node = node?["properties"]?[segment] as JsonObject;
        }
        return node;
    }

    /// <summary>The item schema of an array subschema.</summary>
    public static JsonObject? Items(JsonObject? arraySchema) => arraySchema?["items"] as JsonObject;

    /// <summary>The subschema for an error path such as "children[1].kana" (indexes go through <c>items</c>).</summary>
    public static JsonObject? AtPath(JsonObject schema, string path)
    {
        JsonObject? node = schema;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            node = node?["properties"]?[name] as JsonObject;
            for (var i = bracket; i >= 0 && node is not null; i = part.IndexOf('[', i + 1))
            {
                node = Items(node);
            }
        }
        return node;
    }

    public static int? IntKeyword(JsonObject? schema, string keyword) =>
        schema?[keyword] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
