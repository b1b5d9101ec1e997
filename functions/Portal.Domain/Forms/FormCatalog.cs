using System.Reflection;

namespace Portal.Domain.Forms;

/// <summary>
/// Every version of every form (Forms/Data/*.json, embedded; one file per form and version), checked on load so a slip
/// in the data fails the first test rather than a resident's application.
/// </summary>
public sealed class FormCatalog
{
    private const string ResourcePrefix = "Portal.Domain.Forms.Data.";

    private static readonly Lazy<FormCatalog> EmbeddedCatalog = new(() =>
    {
        var assembly = typeof(FormCatalog).Assembly;
        var definitions = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n));
        return new FormCatalog(definitions);
    });

    private readonly Dictionary<string, SortedList<int, FormDefinition>> _byId = new(StringComparer.Ordinal);

    /// <exception cref="InvalidDataException">Two definitions share an id and version, or one form serves two procedures.</exception>
    public FormCatalog(IEnumerable<FormDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_byId.TryGetValue(definition.Id, out var versions))
            {
                _byId[definition.Id] = versions = [];
            }
            if (!versions.TryAdd(definition.Version, definition))
            {
                throw new InvalidDataException($"Form \"{definition.Id}\" has version {definition.Version} twice.");
            }
            if (versions.Values.Any(v => v.ProcedureId != definition.ProcedureId))
            {
                throw new InvalidDataException($"Form \"{definition.Id}\" names more than one procedure.");
            }
        }
    }

    /// <summary>The embedded definitions (read and checked once per process).</summary>
    /// <exception cref="InvalidDataException">A definition is unreadable or inconsistent.</exception>
    public static FormCatalog Embedded() => EmbeddedCatalog.Value;

    /// <summary>The latest version of each form, by id.</summary>
    public IReadOnlyList<FormDefinition> Latest => _byId.Values.Select(v => v.Values[^1]).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every version of every form.</summary>
    public IReadOnlyList<FormDefinition> All => _byId.Values.SelectMany(v => v.Values).ToList();

    public FormDefinition? FindLatest(string formId) =>
        _byId.TryGetValue(formId, out var versions) ? versions.Values[^1] : null;

    public FormDefinition? Find(string formId, int version) =>
        _byId.TryGetValue(formId, out var versions) && versions.TryGetValue(version, out var definition) ? definition : null;

    /// <summary>The latest form of a procedure template.</summary>
    public FormDefinition? FindByProcedure(string procedureId) =>
        _byId.Values.Select(v => v.Values[^1]).FirstOrDefault(d => d.ProcedureId == procedureId);

    /// <exception cref="FormNotFoundException"/>
    public FormDefinition GetLatest(string formId) => FindLatest(formId) ?? throw new FormNotFoundException(formId, null);

    /// <exception cref="FormNotFoundException"/>
    public FormDefinition Get(string formId, int version) => Find(formId, version) ?? throw new FormNotFoundException(formId, version);

    private static FormDefinition Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"The resource {resource} is missing.");
        return FormDefinitionReader.Read(stream, resource[ResourcePrefix.Length..]);
    }
}
