using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Procedures.Search;

/// <summary>
/// Finds local governments by kanji, kana (either script) or part of either: exact names (with or without 市/区/町/村),
/// then prefixes, then anything containing the text; a city before its wards. Immutable.
/// </summary>
internal sealed class LocalGovernmentMatcher
{
    private static readonly string[] KindOrder =
        [LocalGovernmentKinds.Prefecture, LocalGovernmentKinds.DesignatedCity, LocalGovernmentKinds.SpecialWard,
         LocalGovernmentKinds.Municipality, LocalGovernmentKinds.Ward];

    private static readonly (string Name, string[] Kana)[] Suffixes =
    [
        ("都", ["と"]), ("道", ["どう"]), ("府", ["ふ"]), ("県", ["けん"]), ("市", ["し"]), ("区", ["く"]),
        ("町", ["ちよう", "まち"]), ("村", ["むら", "そん"]),
    ];

    private readonly Candidate[] _candidates;

    public LocalGovernmentMatcher(LocalGovernmentDirectory directory) =>
        _candidates = directory.All.Select(Describe).ToArray();

    public IReadOnlyList<LocalGovernment> Find(string? text, int max)
    {
        var query = Compact(text);
        if (query.Length == 0 || max <= 0)
            return [];
        return _candidates
            .Select(c => (Candidate: c, Rank: Rank(c, query)))
            .Where(r => r.Rank >= 0)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Candidate.KindRank)
            .ThenBy(r => r.Candidate.Place.Code, StringComparer.Ordinal)
            .Take(max)
            .Select(r => r.Candidate.Place)
            .ToList();
    }

    private static int Rank(Candidate c, string query)
    {
        if (c.Exact.Contains(query))
            return 0;
        if (c.Forms.Any(f => f.StartsWith(query, StringComparison.Ordinal)))
            return 1;
        return c.Forms.Any(f => f.Contains(query, StringComparison.Ordinal)) ? 2 : -1;
    }

    private static Candidate Describe(LocalGovernment place)
    {
        var name = Compact(place.Name);
        var kana = Compact(place.Kana);
        var exact = new HashSet<string>(StringComparer.Ordinal) { name, kana };
        foreach (var (suffix, readings) in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                exact.Add(name[..^suffix.Length]);
            foreach (var reading in readings)
                if (name.EndsWith(suffix, StringComparison.Ordinal) && kana.Length > reading.Length && kana.EndsWith(reading, StringComparison.Ordinal))
                    exact.Add(kana[..^reading.Length]);
        }
        var forms = new List<string> { name, kana };
        if (place.Kind != LocalGovernmentKinds.Prefecture)
            forms.Add(Compact(place.PrefectureName) + name);
        exact.Add(forms[^1]);
        return new Candidate(place, exact, forms.ToArray(), Array.IndexOf(KindOrder, place.Kind) is var k and >= 0 ? k : KindOrder.Length);
    }

    private static string Compact(string? text) => JapaneseNormalizer.Fold(text).Replace(" ", "", StringComparison.Ordinal);

    private sealed record Candidate(LocalGovernment Place, HashSet<string> Exact, string[] Forms, int KindRank);
}
