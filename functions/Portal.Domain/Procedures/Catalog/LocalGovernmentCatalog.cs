using Portal.Domain.LocalGovernments;
using Portal.Domain.Procedures.Data;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// Every prefecture, municipality and designated-city ward, from the CC0 list embedded in Data/ (see its SOURCE.md).
/// Every code's check digit is validated: a wrong row stops the load with its line, never a silently wrong directory.
/// </summary>
public static class LocalGovernmentCatalog
{
    private static readonly Lazy<LocalGovernmentDirectory> Embedded = new(() => Parse(
        CatalogResources.ReadText(CatalogResources.Prefectures), CatalogResources.ReadText(CatalogResources.LocalGovernments)));

    /// <summary>The embedded list (parsed once per process; the directory is immutable).</summary>
    /// <exception cref="InvalidDataException">A row of the embedded data is wrong.</exception>
    public static LocalGovernmentDirectory Load() => Embedded.Value;

    /// <summary>Parses the two CSV files (prefjp-utf8.csv, localgovjp-utf8.csv of code4fukui/localgovjp).</summary>
    /// <exception cref="InvalidDataException">A code fails its check digit, a ward's city is missing, a column is missing...</exception>
    public static LocalGovernmentDirectory Parse(string prefecturesCsv, string localGovernmentsCsv)
    {
        var prefectures = CsvTable.Parse(CatalogResources.Prefectures, prefecturesCsv).Rows
            .Select(row => new LocalGovernment(
                Code(row, "pref"), row["pref"], WithoutSpaces(row["prefkana"]), Code(row, "pref"), row["pref"], null,
                LocalGovernmentKinds.Prefecture, Site(row)))
            .ToList();
        var prefectureByName = prefectures.ToDictionary(p => p.Name, StringComparer.Ordinal);

        var rows = CsvTable.Parse(CatalogResources.LocalGovernments, localGovernmentsCsv).Rows;
        // A designated city is a city whose wards appear as "X市 Y区" rows.
        var designatedCities = rows.Select(r => r["city"]).Where(c => c.Contains(' ', StringComparison.Ordinal))
            .Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var cityCodes = rows.Where(r => designatedCities.Contains(r["city"]))
            .ToDictionary(r => (r["pref"], r["city"]), r => Code(r, "city"));

        var municipalities = rows.Select(row =>
        {
            var prefecture = prefectureByName.GetValueOrDefault(row["pref"])
                ?? throw new InvalidDataException($"{row.Describe("city")}: no prefecture named \"{row["pref"]}\".");
            var city = row["city"];
            var space = city.IndexOf(' ', StringComparison.Ordinal);
            string? parent = null;
            string kind;
            if (space > 0)
            {
                parent = cityCodes.GetValueOrDefault((row["pref"], city[..space]))
                    ?? throw new InvalidDataException($"{row.Describe("city")}: the ward's city \"{city[..space]}\" has no row of its own.");
                kind = LocalGovernmentKinds.Ward;
            }
            else
            {
                kind = designatedCities.Contains(city) ? LocalGovernmentKinds.DesignatedCity
                    : city.EndsWith('区') ? LocalGovernmentKinds.SpecialWard
                    : LocalGovernmentKinds.Municipality;
            }
            var code = Code(row, "city");
            if (!code.StartsWith(prefecture.Code[..2], StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{row.Describe("city")}: code {code} is not in {prefecture.Name} ({prefecture.Code}).");
            }
            return new LocalGovernment(code, WithoutSpaces(city), WithoutSpaces(row["citykana"]), prefecture.Code, prefecture.Name,
                parent, kind, Site(row));
        });

        var all = prefectures.Concat(municipalities).ToList();
        var duplicate = all.GroupBy(l => l.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new LocalGovernmentDirectory(all)
            : throw new InvalidDataException($"The code {duplicate.Key} appears more than once ({string.Join(", ", duplicate.Select(l => l.Name))}).");
    }

    /// <summary>The row's lgcode, validated; a 5-digit code lost its leading zero in a spreadsheet and is padded first.</summary>
    private static string Code(CsvRow row, string labelColumn)
    {
        var text = row["lgcode"];
        if (text.Length == LocalGovernmentCode.Length - 1)
        {
            text = "0" + text;
        }
        var problem = LocalGovernmentCode.Check(text);
        return problem == LocalGovernmentCodeProblem.None
            ? text
            : throw new InvalidDataException($"{row.Describe(labelColumn)}: lgcode \"{row["lgcode"]}\" is not a local government code ({problem}).");
    }

    private static string WithoutSpaces(string text) =>
        string.Concat(text.Where(c => c is not (' ' or '\u3000')));

    private static string? Site(CsvRow row) => row["url"] is { Length: > 0 } url ? url : null;
}
