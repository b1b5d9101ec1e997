using System.Globalization;
using System.Text;

namespace Portal.Domain.Procedures.Search;

/// <summary>
/// Folds Japanese text the way residents type it, so the index and the query meet: NFKC (full/half width), lower-case
/// Latin, katakana → hiragana, small kana → large (ゃ≡や, っ≡つ), the long-vowel mark dropped, control and format
/// characters removed, punctuation and symbols as spaces (one space between words), then the orthographic variants of
/// <see cref="VariantTable"/>. Pure and thread-safe.
/// </summary>
public sealed class JapaneseNormalizer
{
    private readonly VariantTable _variants;

    private JapaneseNormalizer(IEnumerable<string[]> variantRows) => _variants = new VariantTable(variantRows, Fold);

    /// <summary>With the embedded variant table.</summary>
    public static JapaneseNormalizer Default { get; } = new(SearchDataFiles.ReadRows(SearchDataFiles.Variants));

    /// <summary>With a variant table given as text in the format of <c>Data/variants.tsv</c> (tests).</summary>
    public static JapaneseNormalizer FromVariantText(string text) => new(SearchDataFiles.ParseRows(text));

    public string Normalize(string? text) => string.IsNullOrEmpty(text) ? "" : _variants.Apply(Fold(text));

    /// <summary>Everything but the variants: width, case, kana, marks, spacing.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var composed = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var raw in composed)
        {
            var c = FoldChar(raw);
            if (c == '\0')
                continue;
            if (c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <returns>The folded character, ' ' for a separator, '\0' to drop it.</returns>
    private static char FoldChar(char c)
    {
        if (c is >= 'A' and <= 'Z')
            return (char)(c + 32);
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            return c;
        if (c is >= '\u30A1' and <= '\u30F6')
            c = (char)(c - 0x60); // katakana → hiragana (ヴ → ゔ, ヵ → ゕ, ヶ → ゖ)
        if (c is >= '\u3041' and <= '\u3096')
            return SmallToLarge(c);
        if (c is '\u30FC' or '\u30FD' or '\u30FE' or '\u309D' or '\u309E')
            return '\0'; // ー and iteration marks: typed or not, the same word
        if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            return ' ';
        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark)
            return '\0';
        return char.ToLowerInvariant(c);
    }

    private static char SmallToLarge(char c) => c switch
    {
        'ぁ' or 'ぃ' or 'ぅ' or 'ぇ' or 'ぉ' or 'っ' or 'ゃ' or 'ゅ' or 'ょ' or 'ゎ' => (char)(c + 1),
        'ゕ' => 'か',
        'ゖ' => 'け',
        _ => c,
    };
}
