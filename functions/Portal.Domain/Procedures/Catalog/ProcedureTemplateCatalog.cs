using System.Text.Json;
using Portal.Domain.Procedures.Data;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// The national procedures as data (Data/procedures.json, embedded): what each is, who may apply, what to bring. The same
/// everywhere; who offers each one and how is the offerings' business. Checked on load, so a typo in the data fails the
/// first test rather than a resident's search.
/// </summary>
public static class ProcedureTemplateCatalog
{
    private static readonly Lazy<IReadOnlyList<ProcedureTemplate>> Embedded = new(() =>
    {
        using var stream = CatalogResources.Open(CatalogResources.Templates);
        return Parse(stream);
    });

    /// <summary>The embedded templates, in file order (parsed once per process).</summary>
    /// <exception cref="InvalidDataException">The embedded data breaks a rule (see <see cref="Parse"/>).</exception>
    public static IReadOnlyList<ProcedureTemplate> Load() => Embedded.Value;

    /// <exception cref="InvalidDataException">Duplicate ids, unknown level, category, life event or agency, empty fields.</exception>
    public static IReadOnlyList<ProcedureTemplate> Parse(Stream json)
    {
        List<ProcedureTemplate>? templates;
        try
        {
            templates = JsonSerializer.Deserialize<List<ProcedureTemplate>>(json, CosmosClientFactory.DocumentJson);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{CatalogResources.Templates}: {e.Message}", e);
        }
        if (templates is null || templates.Count == 0)
        {
            throw new InvalidDataException($"{CatalogResources.Templates} holds no templates.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (!seen.Add(template.Id))
            {
                throw new InvalidDataException($"{CatalogResources.Templates}: the id \"{template.Id}\" appears more than once.");
            }
            if (Problem(template) is { } problem)
            {
                throw new InvalidDataException($"{CatalogResources.Templates}: template \"{template.Id}\" {problem}.");
            }
        }
        return templates;
    }

    private static string? Problem(ProcedureTemplate t)
    {
        if (new[] { t.Id, t.Name, t.Kana, t.Summary, t.Eligibility, t.Fee }.Any(string.IsNullOrWhiteSpace))
        {
            return "has an empty field";
        }
        if (t.RequiredDocuments.Count == 0 || t.RequiredDocuments.Any(string.IsNullOrWhiteSpace))
        {
            return "lists no required documents (or an empty one)";
        }
        if (!t.Kana.All(c => c is (>= '\u3041' and <= '\u3096') or 'ー'))
        {
            return "has a reading that is not hiragana only";
        }
        if (t.Categories.Count == 0 || t.Categories.Any(c => !Categories.Labels.ContainsKey(c)))
        {
            return "has no or an unknown category";
        }
        if (t.LifeEvents.Any(e => !LifeEvents.Labels.ContainsKey(e)))
        {
            return "has an unknown life event";
        }
        if (t.RequiresSignature && !t.OnlineCapable)
        {
            return "requires a signature but cannot be done online";
        }
        return t.Level switch
        {
            ProcessingLevels.National when NationalAgencies.Find(t.NationalAgencyId) is null => "is national but names no known agency",
            ProcessingLevels.Municipality or ProcessingLevels.Prefecture when t.NationalAgencyId is not null => "is local but names an agency",
            ProcessingLevels.National or ProcessingLevels.Municipality or ProcessingLevels.Prefecture => null,
            _ => $"has an unknown level \"{t.Level}\"",
        };
    }
}
