using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once per test run, with every resource of it and of its nested module deployments.
/// Handles both template shapes: resources as an array (languageVersion 1) or keyed by symbolic name (2.0).
/// </summary>
internal sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Main = new(() => Build("main.bicep"));

    private CompiledTemplate(JsonObject root)
    {
        Root = root;
        var resources = new List<TemplateResource>();
        Collect(root, resources);
        Resources = resources;
    }

    public static CompiledTemplate OfMain => Main.Value;

    public JsonObject Root { get; }

    public IReadOnlyList<TemplateResource> Resources { get; }

    public IReadOnlyList<TemplateResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public TemplateResource Single(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected one {type} in the compiled template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The Function App azd deploys as <paramref name="azdService"/> ("functions": the portal, "bot": the chatbot).</summary>
    public TemplateResource App(string azdService)
    {
        var apps = OfType("Microsoft.Web/sites")
            .Where(a => ((string?)a["tags"])?.Contains($"'azd-service-name', '{azdService}'", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(apps.Count == 1, $"Expected one Function App tagged as the azd service {azdService}, found {apps.Count}.");
        return apps[0];
    }

    private static CompiledTemplate Build(string file)
    {
        var result = BicepCli.Run("build", file, "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {file} exited {result.ExitCode}:\n{result.StdErr}");
        }

        return new CompiledTemplate(JsonNode.Parse(result.StdOut)!.AsObject());
    }

    private static void Collect(JsonObject template, List<TemplateResource> into)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject bySymbol => bySymbol.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            if (resource["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            into.Add(new TemplateResource(resource, template));
            if ((string?)resource["type"] == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
            {
                Collect(nested, into);
            }
        }
    }
}

/// <summary>A resource of a compiled template, with the (nested) template that declares it.</summary>
internal sealed record TemplateResource(JsonObject Node, JsonObject Template)
{
    public string Type => (string?)Node["type"] ?? "";

    public JsonNode? this[string property] => Node[property];

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The resource as JSON text, to look for an expression anywhere in it.</summary>
    public string Text => Json(Node);

    /// <summary>A node as JSON text with ARM expressions readable (quotes not escaped as \u0027).</summary>
    public static string Json(JsonNode? node) => node?.ToJsonString(Unescaped) ?? "";

    public override string ToString() => $"{Type} {(string?)Node["name"]}";
}
