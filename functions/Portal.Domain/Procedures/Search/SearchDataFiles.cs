using System.Reflection;

namespace Portal.Domain.Procedures.Search;

/// <summary>Reads the search's maintained tables (embedded <c>Data/*.tsv</c>): rows of tab-separated columns.</summary>
internal static class SearchDataFiles
{
    public const string Variants = "Portal.Domain.Procedures.Search.variants.tsv";
    public const string Synonyms = "Portal.Domain.Procedures.Search.synonyms.tsv";

    public static IReadOnlyList<string[]> ReadRows(string resourceName)
    {
        using var stream = typeof(SearchDataFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The search table {resourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return ParseRows(reader.ReadToEnd());
    }

    /// <summary>Skips blank lines and # comments; trims each column.</summary>
    public static IReadOnlyList<string[]> ParseRows(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('\t').Select(c => c.Trim()).ToArray())
            .ToList();
}
