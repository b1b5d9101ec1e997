namespace Portal.Contracts.Privacy;

/// <summary>
/// The one check for what looks like an individual number (個人番号, マイナンバー): a run of exactly 12 digits whose last
/// is the official check digit, written with ASCII or full-width digits, possibly grouped by single spaces or hyphens,
/// anywhere in a text. Shared by the portal (which refuses to store one) and the chatbot (which refuses to take one);
/// callers decide what to do when one is found, and never log or keep the digits.
/// </summary>
public static class IndividualNumbers
{
    public const int Length = 12;

    /// <summary>
    /// Whether <paramref name="text"/> holds a run of exactly 12 digits with a valid check digit. One separator between
    /// digits keeps a run going; two in a row end it. Longer runs (a 13-digit corporate number, a card number) and
    /// shorter ones (a phone number) are not individual numbers.
    /// </summary>
    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        Span<char> digits = stackalloc char[Length];
        var count = 0;
        var separated = false;
        // One step past the end closes the last run.
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            if (ToDigit(c) is { } digit)
            {
                if (count < Length)
                {
                    digits[count] = digit;
                }
                count++;
                separated = false;
            }
            else if (count > 0 && !separated && IsSeparator(c))
            {
                separated = true;
            }
            else
            {
                if (count == Length && HasValidCheckDigit(digits))
                {
                    return true;
                }
                count = 0;
                separated = false;
            }
        }
        return false;
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

    // Spaces (ASCII, full-width) and what residents type as a hyphen: ASCII, the Unicode dashes, the minus sign,
    // the full-width hyphen-minus and the long vowel mark that Japanese IMEs often produce instead.
    private static bool IsSeparator(char c) => c is ' ' or '\u3000'
        or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFF0D'
        or '\u30FC' or '\uFF70';
}
