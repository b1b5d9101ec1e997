namespace Portal.Domain.Procedures.Search;

/// <summary>
/// Orthographic variants (子ども/子供/こども, 届/届け/届出/届け出, ...) folded to one canonical spelling, longest variant
/// first at each position. Maintained in <c>Data/variants.tsv</c> (format in its header). Immutable.
/// </summary>
internal sealed class VariantTable
{
    private readonly Dictionary<string, string> _toCanonical;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    /// <param name="rows">Canonical form first, then its variants; already folded by <paramref name="fold"/> here.</param>
    public VariantTable(IEnumerable<string[]> rows, Func<string, string> fold)
    {
        _toCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var canonical = fold(row[0]);
            foreach (var variant in row.Skip(1).Select(fold).Where(v => v.Length > 0 && v != canonical))
                _toCanonical[variant] = canonical;
        }
        _lookup = _toCanonical.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _toCanonical.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public int Count => _toCanonical.Count;

    public string Apply(string folded)
    {
        if (_longest == 0 || folded.Length == 0)
            return folded;
        System.Text.StringBuilder? builder = null;
        var span = folded.AsSpan();
        var copiedUpTo = 0;
        var i = 0;
        while (i < span.Length)
        {
            var matched = 0;
            string? canonical = null;
            for (var length = Math.Min(_longest, span.Length - i); length >= 1; length--)
            {
                if (_lookup.TryGetValue(span.Slice(i, length), out canonical))
                {
                    matched = length;
                    break;
                }
            }
            if (matched == 0)
            {
                i++;
                continue;
            }
            builder ??= new System.Text.StringBuilder(folded.Length);
            builder.Append(span[copiedUpTo..i]).Append(canonical);
            i += matched;
            copiedUpTo = i;
        }
        return builder is null ? folded : builder.Append(span[copiedUpTo..]).ToString();
    }
}
