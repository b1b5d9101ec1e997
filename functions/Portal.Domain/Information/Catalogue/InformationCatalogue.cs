using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Portal.Domain.Information.Catalogue;

/// <summary>
/// わたしの情報's categories (Catalogue/Data/categories.json, embedded), checked on load so a slip in the data fails
/// the first test rather than an agency's record: unique ids and numbers, known groups and body kinds, a schema that
/// compiles, and a label for every field it names.
/// </summary>
public sealed class InformationCatalogue
{
    private const string Resource = "Portal.Domain.Information.Catalogue.Data.categories.json";
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<InformationCatalogue> EmbeddedCatalogue = new(Load);

    private readonly Dictionary<string, InformationCategory> _byId;

    private InformationCatalogue(IReadOnlyList<InformationGroup> groups, IReadOnlyList<InformationCategory> categories)
    {
        Groups = groups;
        Categories = categories;
        _byId = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <exception cref="InvalidDataException">The data is unreadable or inconsistent.</exception>
    public static InformationCatalogue Embedded() => EmbeddedCatalogue.Value;

    public IReadOnlyList<InformationGroup> Groups { get; }

    /// <summary>In the list's order (by number).</summary>
    public IReadOnlyList<InformationCategory> Categories { get; }

    public InformationCategory? Find(string? id) => id is not null && _byId.TryGetValue(id, out var category) ? category : null;

    private static InformationCatalogue Load()
    {
        using var stream = typeof(InformationCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"{Resource} is not embedded.");
        var data = JsonSerializer.Deserialize<InformationCatalogueData>(stream, Json)
            ?? throw new InvalidDataException($"{Resource} holds no catalogue.");
        var groups = data.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var categories = data.Categories.OrderBy(c => c.Number).Select(c => Checked(c, data.Generic, groups)).ToList();
        if (categories.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != categories.Count
            || categories.Select(c => c.Number).Distinct().Count() != categories.Count)
        {
            throw new InvalidDataException($"{Resource}: a category id or number is used twice.");
        }
        return new InformationCatalogue(data.Groups, categories);
    }

    private static InformationCategory Checked(InformationCategory category, InformationCatalogueData.GenericData generic, HashSet<string> groups)
    {
        var where = $"{Resource}: category \"{category.Id}\"";
        if (!System.Text.RegularExpressions.Regex.IsMatch(category.Id, "^[a-z][a-z0-9-]{1,48}$"))
        {
            throw new InvalidDataException($"{where} needs an ASCII slug as its id.");
        }
        if (!groups.Contains(category.Group) || (category.Providers.Count == 0) != category.PortalHeld || category.Providers.Except(BodyKinds.All).Any())
        {
            throw new InvalidDataException($"{where} names an unknown group or body kind, or no provider (or providers beside the portal holding it).");
        }
        var own = category.Schema is not null;
        var schema = category.Schema ?? (JsonObject)generic.Schema.DeepClone();
        var labels = own ? category.Labels : generic.Labels;
        if (schema["$schema"]?.GetValue<string>() != Dialect)
        {
            throw new InvalidDataException($"{where}: the schema must declare \"$schema\": \"{Dialect}\".");
        }
        var missing = FieldKeys(schema, "").Where(k => !labels.ContainsKey(k)).ToList();
        if (missing.Count > 0 || category.Masked.Except(labels.Keys).Any())
        {
            throw new InvalidDataException($"{where}: no label for {string.Join(", ", missing)} (or a masked field that is not one).");
        }
        JsonSchema compiled;
        try
        {
            compiled = JsonSchema.Build(JsonSerializer.SerializeToElement(schema), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception e) when (e is JsonSchemaException or JsonException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"{where}: the schema does not compile: {e.Message}", e);
        }
        return category with { Schema = schema, Labels = labels, HasOwnSchema = own, CompiledSchema = compiled };
    }

    /// <summary>Every property the schema names, with an array's item properties as "array.field".</summary>
    internal static IEnumerable<string> FieldKeys(JsonObject schema, string prefix)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            yield break;
        }
        foreach (var (name, value) in properties)
        {
            yield return prefix + name;
            if (value?["items"] is JsonObject items)
            {
                foreach (var inner in FieldKeys(items, $"{prefix}{name}."))
                {
                    yield return inner;
                }
            }
        }
    }
}
