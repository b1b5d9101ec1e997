namespace Portal.Contracts.Privacy;

/// <summary>
/// The one check for what looks like an individual number (個人番号, マイナンバー): a run of exactly 12 digits whose last
/// is the official check digit, written with ASCII or full-width digits, possibly grouped by spaces, dashes or dots,
/// anywhere in a text. Shared by the portal (which refuses to store one) and the chatbot (which refuses to take one);
/// callers decide what to do when one is found, and never log or keep the digits.
/// </summary>
public static class IndividualNumbers
{
    public const int Length = 12;

    /// <summary>
    /// Whether <paramref name="text"/> holds a run of exactly 12 digits with a valid check digit. One separator between
    /// digits keeps a run going: a space, a dash or a dot, or a dash or dot with one space on either side
    /// ("1234 - 5678 - 9012"); two spaces or two marks in a row end it. Longer runs (a 13-digit corporate number, a
    /// 受付番号 with its own check digit) and shorter ones (a phone number, a postal code) are not individual numbers.
    /// </summary>
    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        Span<char> digits = stackalloc char[Length];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            if (ToDigit(text[i]) is { } digit)
            {
                if (count < Length)
                {
                    digits[count] = digit;
                }
                count++;
                i++;
                continue;
            }
            var next = count > 0 ? AfterSeparator(text, i) : i;
            if (next > i && next < text.Length && ToDigit(text[next]) is not null)
            {
                i = next;
                continue;
            }
            if (count == Length && HasValidCheckDigit(digits))
            {
                return true;
            }
            count = 0;
            i++;
        }
        return count == Length && HasValidCheckDigit(digits);
    }

    /// <summary>
    /// Whether a JSON number is one: its integer digits, and an 11-digit integer read as 12 digits, since a number
    /// that starts with 0 loses that digit when a client sends it as a JSON number.
    /// </summary>
    public static bool IsNumber(decimal value)
    {
        if (value < 10_000_000_000m || value >= 1_000_000_000_000m || value != decimal.Truncate(value))
        {
            return false;
        }
        return HasValidCheckDigit(((long)value).ToString("D12", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether twelve ASCII digits end with the check digit of the first eleven.</summary>
    public static bool HasValidCheckDigit(ReadOnlySpan<char> twelveDigits) =>
        twelveDigits.Length == Length && twelveDigits[Length - 1] - '0' == CheckDigit(twelveDigits[..(Length - 1)]);

    /// <summary>
    /// The check digit of the individual number (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
    /// 第8条): with Pn the n-th of the eleven digits counted from the right and Qn = n + 1 for n ≤ 6, n − 5 for n ≥ 7,
    /// the check digit is 11 − (ΣPn×Qn mod 11), or 0 when the remainder is 0 or 1.
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> firstEleven)
    {
        if (firstEleven.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} digits.", nameof(firstEleven));
        }
        var sum = 0;
        for (var n = 1; n <= Length - 1; n++)
        {
            var p = firstEleven[Length - 1 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    private static char? ToDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => null,
    };

    /// <summary>Where a separator starting at <paramref name="i"/> ends: [space] [mark] [space after a mark], or <paramref name="i"/>.</summary>
    private static int AfterSeparator(string text, int i)
    {
        var j = i;
        if (j < text.Length && IsSpace(text[j]))
        {
            j++;
        }
        if (j < text.Length && IsMark(text[j]))
        {
            j++;
            if (j < text.Length && IsSpace(text[j]))
            {
                j++;
            }
        }
        return j;
    }

    // Every Unicode space (ASCII, no-break, thin, ideographic...) and the invisible ones a copy may carry: a number
    // split by any of them reads as the number.
    private static bool IsSpace(char c) => c is '\t' or '\u200B' or '\u2060' or '\uFEFF'
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    // What residents type between groups: ASCII and Unicode dashes, the minus sign, the full-width hyphen-minus, the
    // long vowel mark Japanese IMEs often produce instead, and dots (ASCII, full-width, middle dots).
    private static bool IsMark(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015'
        or '\u2212' or '\uFF0D' or '\u30FC' or '\uFF70'
        or '.' or '\uFF0E' or '\u30FB' or '\uFF65' or '\u00B7';
}
