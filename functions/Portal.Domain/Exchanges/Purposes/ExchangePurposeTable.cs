using System.Text.Json;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.Exchanges.Purposes;

/// <summary>
/// The allowed-purpose table (Information/Catalogue/Data/purposes.json, embedded): data next to the categories, checked
/// on load against them (a known body kind and category on every row, no row twice).
/// </summary>
public sealed class ExchangePurposeTable
{
    private const string Resource = "Portal.Domain.Information.Catalogue.Data.purposes.json";

    private readonly Dictionary<(string Kind, string Category, string Purpose), ExchangePurpose> _rows;

    private ExchangePurposeTable(IEnumerable<ExchangePurpose> rows) =>
        _rows = rows.ToDictionary(r => (r.RequesterKind, r.Category, r.Purpose));

    public IReadOnlyCollection<ExchangePurpose> Rows => _rows.Values;

    /// <summary>The row allowing it, or null when the table does not.</summary>
    public ExchangePurpose? Find(string requesterKind, string category, string purpose) =>
        _rows.GetValueOrDefault((requesterKind, category, purpose));

    /// <summary>The task's name (事務) for a purpose code, whichever row holds it; null for codes the table does not have.</summary>
    public string? NameOf(string? purpose) => purpose is null ? null : _rows.Values.FirstOrDefault(r => r.Purpose == purpose)?.Name;

    /// <exception cref="InvalidDataException">The data is unreadable or names what the catalogue does not have.</exception>
    public static ExchangePurposeTable Load(InformationCatalogue catalogue)
    {
        using var stream = typeof(ExchangePurposeTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"{Resource} is not embedded.");
        var data = JsonSerializer.Deserialize<Data>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{Resource} holds no table.");
        foreach (var row in data.Purposes)
        {
            if (!BodyKinds.All.Contains(row.RequesterKind) || catalogue.Find(row.Category) is null || string.IsNullOrWhiteSpace(row.Purpose))
            {
                throw new InvalidDataException($"{Resource}: the row {row} names an unknown body kind or category.");
            }
        }
        if (data.Purposes.DistinctBy(r => (r.RequesterKind, r.Category, r.Purpose)).Count() != data.Purposes.Count)
        {
            throw new InvalidDataException($"{Resource}: a row is listed twice.");
        }
        return new ExchangePurposeTable(data.Purposes);
    }

    private sealed record Data(IReadOnlyList<ExchangePurpose> Purposes);
}
