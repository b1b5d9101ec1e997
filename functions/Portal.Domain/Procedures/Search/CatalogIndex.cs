using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Search;

/// <summary>
/// さがす over one <see cref="CatalogSnapshot"/>: a character-bigram inverted index of the procedures (name, reading,
/// keywords, summary) with BM25-style scoring, the synonym table, typo tolerance, filters, facets and paging, plus every
/// body's offerings so each hit carries the resident's place's offering. Immutable after <see cref="Build(CatalogSnapshot)"/>
/// and safe for concurrent reads; a new snapshot means a new index.
/// </summary>
public sealed class CatalogIndex
{
    public const int MaxPageSize = 100;
    private const int SuggestionCount = 8;
    private const double SynonymWeight = 0.7;

    private readonly ProcedureTemplate[] _templates;
    private readonly Dictionary<string, int> _byId;
    private readonly string[] _names;
    private readonly string[] _kanas;
    private readonly string[][] _keywords;
    private readonly int[] _onlineReach;
    private readonly BigramIndex _text;
    private readonly OfferingLookup _offerings;
    private readonly LocalGovernmentDirectory _directory;
    private readonly LocalGovernmentMatcher _places;
    private readonly JapaneseNormalizer _normalizer;
    private readonly SynonymTable _synonyms;

    private static readonly Lazy<SynonymTable> DefaultSynonyms = new(() => SynonymTable.Load(JapaneseNormalizer.Default));

    private CatalogIndex(CatalogSnapshot snapshot, JapaneseNormalizer normalizer, SynonymTable synonyms)
    {
        _normalizer = normalizer;
        _synonyms = synonyms;
        _templates = snapshot.Templates.ToArray();
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _templates.Length; i++)
            _byId[_templates[i].Id] = i;
        var fields = _templates.Select(t => new[]
        {
            normalizer.Normalize(t.Name),
            normalizer.Normalize(t.Kana),
            string.Join(' ', t.Keywords.Select(normalizer.Normalize)),
            normalizer.Normalize(t.Summary),
        }).ToList();
        _names = fields.Select(f => Compact(f[BigramIndex.Name])).ToArray();
        _kanas = fields.Select(f => Compact(f[BigramIndex.Kana])).ToArray();
        _keywords = _templates.Select(t => t.Keywords.Select(k => Compact(normalizer.Normalize(k))).ToArray()).ToArray();
        _text = new BigramIndex(fields);
        _offerings = new OfferingLookup(snapshot.OfferingSets);
        _directory = snapshot.LocalGovernments;
        _places = new LocalGovernmentMatcher(snapshot.LocalGovernments);
        var reach = _offerings.All.Where(o => o.IsOnline).GroupBy(o => o.ProcedureId)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _onlineReach = _templates.Select(t => reach.GetValueOrDefault(t.Id)).ToArray();
    }

    public static CatalogIndex Build(CatalogSnapshot snapshot) =>
        Build(snapshot, JapaneseNormalizer.Default, DefaultSynonyms.Value);

    public static CatalogIndex Build(CatalogSnapshot snapshot, JapaneseNormalizer normalizer, SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CatalogIndex(snapshot, normalizer, synonyms);
    }

    public int ProcedureCount => _templates.Length;

    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var place = _directory.Find(query.LocalGovernmentCode);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var offset = Math.Max(0, query.Offset);
        var text = _normalizer.Normalize(query.Text);
        var scores = text.Length == 0 ? null : Score(text);

        var categoryCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lifeEventCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var matches = new List<Match>();
        for (var doc = 0; doc < _templates.Length; doc++)
        {
            if (scores is not null && scores[doc] <= 0)
                continue;
            var template = _templates[doc];
            var (offering, key, bodyName) = _offerings.For(place, template);
            var online = place is null ? template.OnlineCapable : offering?.IsOnline == true;
            var inCategory = query.Category is null || template.Categories.Contains(query.Category);
            var inLifeEvent = query.LifeEvent is null || template.LifeEvents.Contains(query.LifeEvent);
            if (query.OnlineOnly && !online)
                continue;
            // Facets are disjunctive: each counts what the other filters let through, so its chips stay useful.
            if (inLifeEvent)
                foreach (var category in template.Categories)
                    categoryCounts[category] = categoryCounts.GetValueOrDefault(category) + 1;
            if (inCategory)
                foreach (var lifeEvent in template.LifeEvents)
                    lifeEventCounts[lifeEvent] = lifeEventCounts.GetValueOrDefault(lifeEvent) + 1;
            if (inCategory && inLifeEvent)
                matches.Add(new Match(doc, scores?[doc] ?? 0, online, offering, key, bodyName));
        }

        matches.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
                return byScore;
            var byOnline = b.Online.CompareTo(a.Online);
            return byOnline != 0 ? byOnline : string.CompareOrdinal(_kanas[a.Doc], _kanas[b.Doc]);
        });
        var hits = matches.Skip(offset).Take(pageSize)
            .Select(m => new SearchHit(_templates[m.Doc], m.Offering, m.Key, m.BodyName, Math.Round(m.Score, 4)))
            .ToList();
        var next = offset + pageSize < matches.Count ? offset + pageSize : (int?)null;
        var suggestions = matches.Count == 0 ? SuggestedKeywords(place?.Code) : [];
        return new SearchResult(hits, matches.Count, categoryCounts, lifeEventCounts, next, suggestions);
    }

    /// <returns>The procedure with the offering that applies at that place (none without a place); null when unknown.</returns>
    public SearchHit? Find(string procedureId, string? localGovernmentCode)
    {
        if (procedureId is null || !_byId.TryGetValue(procedureId, out var doc))
            return null;
        var (offering, key, bodyName) = _offerings.For(_directory.Find(localGovernmentCode), _templates[doc]);
        return new SearchHit(_templates[doc], offering, key, bodyName, 0);
    }

    /// <summary>By kanji, kana (hiragana or katakana) or part of either; exact, then prefix, then partial matches.</summary>
    public IReadOnlyList<LocalGovernment> FindLocalGovernments(string? q, int max) => _places.Find(q, Math.Min(max, 100));

    /// <summary>
    /// Keyword chips for a place: the first short keyword of each procedure offered online there (all bodies' online procedures
    /// without a place), the most widely offered online first.
    /// </summary>
    public IReadOnlyList<string> SuggestedKeywords(string? localGovernmentCode)
    {
        var place = _directory.Find(localGovernmentCode);
        return Enumerable.Range(0, _templates.Length)
            .Where(doc => place is null
                ? _templates[doc].OnlineCapable
                : _offerings.For(place, _templates[doc]).Offering?.IsOnline == true)
            .OrderByDescending(doc => _onlineReach[doc])
            .ThenBy(doc => _kanas[doc], StringComparer.Ordinal)
            .Select(doc => Chip(_templates[doc]))
            .Distinct()
            .Take(SuggestionCount)
            .ToList();
    }

    private static string Chip(ProcedureTemplate template) =>
        template.Keywords.FirstOrDefault(k => k.Length is > 1 and <= 8) ?? template.Name;

    /// <returns>Per procedure, its score; 0 when it does not match.</returns>
    private double[] Score(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
        var (synonymTerms, pinnedIds) = _synonyms.Expand(text);
        var total = new double[_templates.Length];
        var everyWord = Enumerable.Repeat(true, _templates.Length).ToArray();
        var anyWord = new bool[_templates.Length];
        var bySynonym = new bool[_templates.Length];
        foreach (var word in words)
        {
            var (scores, matched) = ScoreWord(word, tolerant: true);
            for (var doc = 0; doc < total.Length; doc++)
            {
                if (matched[doc])
                {
                    total[doc] += scores[doc];
                    anyWord[doc] = true;
                }
                else
                    everyWord[doc] = false;
            }
        }
        foreach (var term in synonymTerms.Where(t => !words.Contains(t)))
        {
            var (scores, matched) = ScoreWord(term, tolerant: false);
            for (var doc = 0; doc < total.Length; doc++)
            {
                if (matched[doc])
                {
                    total[doc] += SynonymWeight * scores[doc];
                    bySynonym[doc] = true;
                }
            }
        }
        var pinned = pinnedIds.Select(id => _byId.GetValueOrDefault(id, -1)).Where(doc => doc >= 0).ToHashSet();
        // Several words: all of them must match; only when nothing does, any of them will do.
        var required = words.Length > 1 && !Enumerable.Range(0, total.Length).Any(d => everyWord[d] || bySynonym[d] || pinned.Contains(d))
            ? anyWord
            : everyWord;
        var result = new double[total.Length];
        for (var doc = 0; doc < total.Length; doc++)
            if (required[doc] || bySynonym[doc] || pinned.Contains(doc))
                result[doc] = total[doc] + 1e-6;
        if (pinned.Count > 0)
        {
            var top = result.Max();
            foreach (var doc in pinned)
                result[doc] += top;
        }
        return result;
    }

    /// <summary>
    /// One word's score and which procedures it matches. Tolerant words (the resident's own) accept a one-character
    /// typo: it breaks at most two bigrams, so a word of n bigrams matches with n - 2 of them (a long phrase with 40%)
    /// unless some procedure has all of them, when only near-exact ones match. Synonym terms must match exactly.
    /// Containing the word in the name, reading or a keyword multiplies the score.
    /// </summary>
    private (double[] Scores, bool[] Matched) ScoreWord(string word, bool tolerant)
    {
        var unit = _text.Score(word);
        var n = unit.Grams;
        var best = unit.Matched.Max();
        int need;
        if (!tolerant || n <= 2)
            need = n;
        else
        {
            need = n <= 6 ? n - 2 : (int)Math.Ceiling(n * 0.4);
            if (best == n)
                need = Math.Max(need, (int)Math.Ceiling(n * 0.6));
        }
        var matched = new bool[unit.Scores.Length];
        for (var doc = 0; doc < matched.Length; doc++)
        {
            if (unit.Matched[doc] < need || unit.Matched[doc] == 0)
                continue;
            matched[doc] = true;
            var coverage = (double)unit.Matched[doc] / n;
            unit.Scores[doc] *= ExactnessFactor(doc, word) * coverage * coverage;
        }
        return (unit.Scores, matched);
    }

    private double ExactnessFactor(int doc, string word)
    {
        if (_names[doc] == word || _kanas[doc] == word)
            return 2.0;
        var factor = 1.0;
        if (_names[doc].Contains(word, StringComparison.Ordinal))
            factor = _names[doc].StartsWith(word, StringComparison.Ordinal) ? 1.7 : 1.5;
        else if (word.Length > 1 && _kanas[doc].Contains(word, StringComparison.Ordinal))
            factor = _kanas[doc].StartsWith(word, StringComparison.Ordinal) ? 1.6 : 1.4;
        foreach (var keyword in _keywords[doc])
        {
            if (keyword == word)
                factor = Math.Max(factor, 1.6);
            else if (keyword.Contains(word, StringComparison.Ordinal))
                factor = Math.Max(factor, 1.2);
        }
        return factor;
    }

    private static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    private sealed record Match(int Doc, double Score, bool Online, Offering? Offering, string? Key, string? BodyName);
}
