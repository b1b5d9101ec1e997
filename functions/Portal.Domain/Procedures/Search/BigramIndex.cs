namespace Portal.Domain.Procedures.Search;

/// <summary>
/// The inverted index: character bigrams (and single characters, for one-character queries) of each procedure's
/// normalised fields, scored BM25-style with a weight per field. Words never span a space. Immutable after build.
/// </summary>
internal sealed class BigramIndex
{
    public const int Name = 0, Kana = 1, Keywords = 2, Summary = 3, FieldCount = 4;

    // The name says what it is; the reading matches kana-only typing; keywords are residents' words; the summary
    // helps but should not outrank a name.
    private static readonly double[] FieldWeights = [3.0, 2.5, 2.0, 0.6];
    private const double K1 = 1.2, B = 0.5;

    private readonly Dictionary<int, Entry> _grams = [];
    private readonly int[][] _lengths;
    private readonly double[] _averageLengths = new double[FieldCount];

    /// <param name="documents">Per procedure, its <see cref="FieldCount"/> normalised fields.</param>
    public BigramIndex(IReadOnlyList<string[]> documents)
    {
        DocumentCount = documents.Count;
        _lengths = new int[DocumentCount][];
        var building = new Dictionary<int, List<Posting>>();
        var counts = new Dictionary<int, int>();
        for (var doc = 0; doc < DocumentCount; doc++)
        {
            _lengths[doc] = new int[FieldCount];
            for (var field = 0; field < FieldCount; field++)
            {
                counts.Clear();
                var text = documents[doc][field];
                var grams = 0;
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    for (var i = 0; i < word.Length; i++)
                    {
                        Count(counts, word[i]);
                        if (i + 1 < word.Length)
                        {
                            Count(counts, Key(word[i], word[i + 1]));
                            grams++;
                        }
                    }
                    if (word.Length == 1)
                        grams++;
                }
                _lengths[doc][field] = grams;
                _averageLengths[field] += grams;
                foreach (var (key, frequency) in counts)
                {
                    if (!building.TryGetValue(key, out var list))
                        building[key] = list = [];
                    list.Add(new Posting(doc, (byte)field, (ushort)Math.Min(frequency, ushort.MaxValue)));
                }
            }
        }
        for (var field = 0; field < FieldCount; field++)
            _averageLengths[field] = Math.Max(1, _averageLengths[field] / Math.Max(1, DocumentCount));
        foreach (var (key, list) in building)
        {
            var frequency = list.Select(p => p.Doc).Distinct().Count();
            var idf = Math.Log(1 + (DocumentCount - frequency + 0.5) / (frequency + 0.5));
            _grams[key] = new Entry(list.ToArray(), idf);
        }
    }

    public int DocumentCount { get; }

    public int GramCount => _grams.Count;

    /// <param name="word">A normalised word without spaces.</param>
    public UnitScores Score(string word)
    {
        var scores = new double[DocumentCount];
        var matched = new int[DocumentCount];
        var seenAt = new int[DocumentCount];
        int[] keys = word.Length == 1 ? [word[0]] : Bigrams(word);
        for (var k = 0; k < keys.Length; k++)
        {
            if (!_grams.TryGetValue(keys[k], out var entry))
                continue;
            foreach (var posting in entry.Postings)
            {
                var length = _lengths[posting.Doc][posting.Field] / _averageLengths[posting.Field];
                var tf = posting.Frequency * (K1 + 1) / (posting.Frequency + K1 * (1 - B + B * length));
                scores[posting.Doc] += FieldWeights[posting.Field] * entry.Idf * tf;
                if (seenAt[posting.Doc] != k + 1)
                {
                    seenAt[posting.Doc] = k + 1;
                    matched[posting.Doc]++;
                }
            }
        }
        return new UnitScores(scores, matched, keys.Length);
    }

    private static int[] Bigrams(string word)
    {
        var keys = new List<int>(word.Length);
        for (var i = 0; i + 1 < word.Length; i++)
        {
            var key = Key(word[i], word[i + 1]);
            if (!keys.Contains(key))
                keys.Add(key);
        }
        return [.. keys];
    }

    // A single character keeps the upper half zero; a bigram's first character is never '\0', so keys never collide.
    private static int Key(char first, char second) => first << 16 | second;

    private static void Count(Dictionary<int, int> counts, int key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private sealed record Entry(Posting[] Postings, double Idf);
}
