using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Portal.Functions.OpenApi;

namespace Portal.Testing.OpenApi;

/// <summary>
/// The portal's served OpenAPI document as a checker of real responses: the operation a request reached, whether the
/// status it answered is documented, and whether the body matches the documented media type and schema.
/// </summary>
public sealed partial class OpenApiContract
{
    private static readonly Uri DocumentUri = new("https://portal.test/openapi.json");

    private readonly JsonDocument _document;
    private readonly IReadOnlyList<(Regex Pattern, string Path, int Templates)> _paths;
    private readonly BuildOptions _build;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public OpenApiContract(byte[] document)
    {
        _document = JsonDocument.Parse(document);
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        _build.SchemaRegistry.Register(DocumentUri, new JsonElementBaseDocument(_document.RootElement, DocumentUri));
        // Literal segments before templates: /terms/current is its own operation, not /terms/{version}.
        _paths = [.. _document.RootElement.GetProperty("paths").EnumerateObject()
            .Select(p => (PatternOf(p.Name), p.Name, Templates: Template().Matches(p.Name).Count))
            .OrderBy(p => p.Templates)];
    }

    /// <summary>The portal's own document, assembled as it is served.</summary>
    public static OpenApiContract Portal { get; } = new(OpenApiDocument.Utf8);

    /// <summary>What is wrong with this response, or null when the document describes it.</summary>
    /// <param name="path">The path below <c>/api</c>, e.g. <c>/me/drafts/123</c>.</param>
    public string? Check(string method, string path, int status, string? contentType, ReadOnlySpan<byte> body)
    {
        // Routing takes /me/ for /me, as clients that normalise dot segments send it.
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var call = $"{method} /api{path} → {status}";
        if (Operation(method, path) is not ({ } pointer, var operation))
        {
            // No documented operation: an unmapped route or method, which the edge answers as a bare problem.
            return status is 404 or 405 ? CheckProblem(call, contentType, body) : $"{call}: no documented operation for {method} {path}.";
        }
        if (!operation.TryGetProperty("responses", out var responses) || Response(pointer, responses, status) is not ({ } at, var response))
        {
            return $"{call}: status {status} is not documented for {OperationId(operation)}.";
        }
        var media = contentType is null ? null : contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (!response.TryGetProperty("content", out var content))
        {
            return body.Length == 0 ? null : $"{call}: documented without a body, answered {body.Length} bytes of {contentType}.";
        }
        if (media is null || !content.TryGetProperty(media, out var mediaType))
        {
            if (body.Length == 0 && status is 204 or 304)
            {
                return null;
            }
            return $"{call}: content type {contentType ?? "(none)"} is not documented (documented: {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}).";
        }
        if (!IsJson(media) || !mediaType.TryGetProperty("schema", out _))
        {
            return null;
        }
        return CheckSchema(call, $"{at}/content/{Escape(media)}/schema", body);
    }

    private string? CheckProblem(string call, string? contentType, ReadOnlySpan<byte> body) =>
        contentType?.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase) == true
            ? CheckSchema(call, "#/components/schemas/Problem", body)
            : $"{call}: an unmapped route answered {contentType ?? "no content type"}, not problem+json.";

    private string? CheckSchema(string call, string pointer, ReadOnlySpan<byte> body)
    {
        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException e)
        {
            return $"{call}: the body is not JSON ({e.Message}).";
        }
        using (instance)
        {
            var results = SchemaAt(pointer).Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return null;
            }
            var errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key} at {d.EvaluationPath})"))
                .Take(8);
            return $"{call}: the body does not match {pointer}: {string.Join("; ", errors)}. Body: {Excerpt(body)}";
        }
    }

    /// <summary>The schema at a pointer of the document, built once; its local references point into the document.</summary>
    private JsonSchema SchemaAt(string pointer)
    {
        lock (_gate)
        {
            if (!_schemas.TryGetValue(pointer, out var schema))
            {
                var element = Json.Pointer.JsonPointer.Parse(pointer[1..]).Evaluate(_document.RootElement)
                    ?? throw new InvalidOperationException($"Nothing at {pointer} in the OpenAPI document.");
                var node = JsonNode.Parse(element.GetRawText())!;
                AnchorReferences(node);
                schema = JsonSchema.Build(JsonSerializer.SerializeToElement(node), _build, new Uri($"https://portal.test/checks/{_schemas.Count}"));
                _schemas[pointer] = schema;
            }
            return schema;
        }
    }

    /// <summary>"#/components/schemas/X" in a schema taken out of the document → the same place in the registered document.</summary>
    private static void AnchorReferences(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                if (members["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith('#'))
                {
                    members["$ref"] = DocumentUri + target;
                }
                foreach (var (_, value) in members.ToList())
                {
                    AnchorReferences(value);
                }
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    AnchorReferences(item);
                }
                break;
        }
    }

    /// <summary>The documented operation for the call, with its JSON pointer in the document.</summary>
    private (string Pointer, JsonElement Operation)? Operation(string method, string path)
    {
        var key = method.ToLowerInvariant();
        foreach (var (pattern, name, _) in _paths)
        {
            if (pattern.IsMatch(path) && _document.RootElement.GetProperty("paths").GetProperty(name).TryGetProperty(key, out var operation))
            {
                return ($"#/paths/{Escape(name)}/{key}", operation);
            }
        }
        return null;
    }

    /// <summary>
    /// The exact status, else its range (4XX), else default: OpenAPI's order of precedence; a reference to a shared
    /// response (#/components/responses/...) is followed. With the response's pointer in the document.
    /// </summary>
    private (string Pointer, JsonElement Response)? Response(string operation, JsonElement responses, int status)
    {
        foreach (var key in new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status / 100}XX", "default" })
        {
            if (responses.TryGetProperty(key, out var response))
            {
                if (response.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target)
                {
                    return (target, Json.Pointer.JsonPointer.Parse(target[1..]).Evaluate(_document.RootElement)
                        ?? throw new InvalidOperationException($"{operation} refers to {target}, which is not in the document."));
                }
                return ($"{operation}/responses/{key}", response);
            }
        }
        return null;
    }

    public static bool IsJson(string media) => media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal);

    private string OperationId(JsonElement operation) =>
        operation.TryGetProperty("operationId", out var id) ? id.GetString() ?? "?" : "?";

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>A route template (<c>/me/drafts/{id}</c>, <c>/echo/{id:int}</c>) as a regular expression over paths.</summary>
    public static Regex PatternOf(string template) =>
        new("^" + Template().Replace(Regex.Escape(template).Replace(@"\{", "{"), "[^/]+") + "$");

    private static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 400 ? text : text[..400] + "…";
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Template();
}
