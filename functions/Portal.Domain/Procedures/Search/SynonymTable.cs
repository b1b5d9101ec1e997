namespace Portal.Domain.Procedures.Search;

/// <summary>
/// Resident phrasing mapped to catalog terms and procedure ids ("赤ちゃんが生まれた" → 出生届, 児童手当, ...).
/// Maintained in <c>Data/synonyms.tsv</c> (format in its header). Immutable; phrases and terms are normalised.
/// </summary>
public sealed class SynonymTable
{
    private readonly IReadOnlyList<Entry> _entries;

    private SynonymTable(IEnumerable<string[]> rows, JapaneseNormalizer normalizer)
    {
        _entries = rows.Where(r => r.Length >= 2).Select(row =>
        {
            var targets = row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new Entry(
                Phrases: Split(row[0]).Select(p => Compact(normalizer.Normalize(p))).Where(p => p.Length > 0).ToArray(),
                Terms: targets.Where(t => !t.StartsWith('@')).Select(t => Compact(normalizer.Normalize(t)))
                    .Where(t => t.Length > 0).ToArray(),
                ProcedureIds: targets.Where(t => t.StartsWith('@')).Select(t => t[1..]).ToArray());
        }).Where(e => e.Phrases.Length > 0).ToList();
    }

    public static SynonymTable Load(JapaneseNormalizer normalizer) =>
        new(SearchDataFiles.ReadRows(SearchDataFiles.Synonyms), normalizer);

    public static SynonymTable FromText(string text, JapaneseNormalizer normalizer) => new(SearchDataFiles.ParseRows(text), normalizer);

    public int Count => _entries.Count;

    /// <summary>Every procedure id the table names (checked against the catalog by the tests).</summary>
    public IEnumerable<string> NamedProcedureIds => _entries.SelectMany(e => e.ProcedureIds).Distinct();

    /// <param name="normalizedQuery">The query as <see cref="JapaneseNormalizer.Normalize"/> left it.</param>
    /// <returns>Extra terms and pinned procedure ids, each once, in table order.</returns>
    public (IReadOnlyList<string> Terms, IReadOnlyList<string> ProcedureIds) Expand(string normalizedQuery)
    {
        var compact = Compact(normalizedQuery);
        if (compact.Length == 0)
            return ([], []);
        List<string>? terms = null;
        List<string>? ids = null;
        foreach (var entry in _entries)
        {
            if (!entry.Phrases.Any(p => compact.Contains(p, StringComparison.Ordinal)))
                continue;
            foreach (var term in entry.Terms)
                if (!(terms ??= []).Contains(term))
                    terms.Add(term);
            foreach (var id in entry.ProcedureIds)
                if (!(ids ??= []).Contains(id))
                    ids.Add(id);
        }
        return (terms ?? (IReadOnlyList<string>)[], ids ?? (IReadOnlyList<string>)[]);
    }

    private static string[] Split(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    private sealed record Entry(string[] Phrases, string[] Terms, string[] ProcedureIds);
}
