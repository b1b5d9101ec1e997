using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Functions.OpenApi;

/// <summary>
/// The served OpenAPI 3.1 document, assembled once from <c>OpenApi/openapi.base.json</c> (info, servers and the
/// components every feature shares) and one <c>&lt;Feature&gt;/&lt;Feature&gt;.openapi.json</c> fragment per feature folder
/// (its paths and its own components). A feature documents itself where its functions are; nothing central grows.
/// </summary>
public static class OpenApiDocument
{
    private const string BaseResource = "openapi/openapi.base.json";
    private const string FragmentPrefix = "openapi/fragments/";

    private static readonly Lazy<byte[]> Document = new(() => Assemble(
        Read(BaseResource),
        typeof(OpenApiDocument).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(FragmentPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[FragmentPrefix.Length..], Read(name)))));

    public static byte[] Utf8 => Document.Value;

    /// <summary>
    /// Merges the fragments into the base. A key defined twice, inside one file or across two, is an error here
    /// rather than a silently dropped operation in every client that parses the result.
    /// </summary>
    public static byte[] Assemble(byte[] baseDocument, IEnumerable<(string Name, byte[] Utf8)> fragments)
    {
        var document = Parse("openapi.base.json", baseDocument);
        var paths = new JsonObject();
        var components = document["components"]?.AsObject() ?? new JsonObject();
        foreach (var (name, utf8) in fragments)
        {
            var fragment = Parse(name, utf8);
            foreach (var (path, item) in Members(fragment["paths"]))
            {
                Add(paths, path, item, name, "paths");
            }
            foreach (var (kind, entries) in Members(fragment["components"]))
            {
                if (components[kind] is not JsonObject target)
                {
                    components[kind] = target = new JsonObject();
                }
                foreach (var (key, value) in Members(entries))
                {
                    Add(target, key, value, name, $"components/{kind}");
                }
            }
        }
        document.Remove("paths");
        document.Remove("components");
        document["paths"] = paths;
        document["components"] = components;
        return JsonSerializer.SerializeToUtf8Bytes(document, Indented);
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Add(JsonObject target, string key, JsonNode? value, string fragment, string where)
    {
        if (target.ContainsKey(key))
        {
            throw new InvalidOperationException($"OpenAPI fragment {fragment} defines {where}/{key}, which another fragment already defines.");
        }
        target[key] = value?.DeepClone();
    }

    private static IEnumerable<(string Key, JsonNode? Value)> Members(JsonNode? node) =>
        node is JsonObject members ? members.Select(m => (m.Key, m.Value)) : [];

    private static JsonObject Parse(string name, byte[] utf8)
    {
        try
        {
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })?.AsObject()
                ?? throw new InvalidOperationException($"OpenAPI fragment {name} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"OpenAPI fragment {name} is not valid JSON: {e.Message}", e);
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Portal.Functions.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
