using System.Text;

namespace Portal.Domain.PublicFundsAccounts.Zengin;

/// <summary>
/// A holder name in the characters the Zengin network carries, from what a resident types. The set, as the facts
/// file gives it and the bank data in Data/ writes it: katakana written large (small ァィゥェォッャュョヮヵヶ become
/// アイウエオツヤユヨワカケ, as bank systems write them), digits, Latin capitals, space and （）．－／, all in their
/// full-width forms as the data uses them (the network's half-width code maps one to one onto these). Hiragana,
/// half-width katakana (ｶﾞ as one ガ), full-width or lower-case Latin, the long vowel ー and hyphen-like dashes are
/// brought into that set; anything else (kanji, ・, ヰ, emoji) is refused rather than guessed.
/// </summary>
public static class ZenginKana
{
    private const string Large = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
        + "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ";

    private const string Small = "ァィゥェォッャュョヮヵヶ";

    private const string SmallWrittenLarge = "アイウエオツヤユヨワカケ";

    private const string Dashes = "-‐‑–—−ー";

    private const string Symbols = "()./";

    /// <returns>The name in the Zengin set with single spaces between words, or null when it has a character that
    /// cannot be brought into the set, or nothing but spaces.</returns>
    public static string? Normalise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        // NFKC: half-width katakana to full-width (with ﾞ and ﾟ joined onto the kana), full-width ASCII to ASCII.
        var text = typed.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == ' ' || c == '\u3000')
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (Map(c) is not { } mapped)
            {
                return null;
            }
            if (pendingSpace)
            {
                result.Append('\u3000');
                pendingSpace = false;
            }
            result.Append(mapped);
        }
        return result.Length == 0 ? null : result.ToString();
    }

    private static char? Map(char c)
    {
        // Hiragana ぁ..ゖ sit 0x60 below their katakana.
        if (c is >= '\u3041' and <= '\u3096')
        {
            c = (char)(c + 0x60);
        }
        if (Small.IndexOf(c) is var small and >= 0)
        {
            return SmallWrittenLarge[small];
        }
        if (Large.Contains(c))
        {
            return c;
        }
        if (Dashes.Contains(c))
        {
            return '－';
        }
        if (char.IsAsciiLetterLower(c))
        {
            c = char.ToUpperInvariant(c);
        }
        // Digits, capitals and the symbols in their full-width forms, 0xFEE0 above ASCII.
        return char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || Symbols.Contains(c) ? (char)(c + 0xFEE0) : null;
    }
}
