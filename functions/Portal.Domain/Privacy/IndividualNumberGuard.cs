using System.Text.Json.Nodes;

namespace Portal.Domain.Privacy;

/// <summary>
/// Refuses anything that looks like an individual number (個人番号, マイナンバー): 12 digits whose last is the valid
/// check digit, written with ASCII or full-width digits, possibly grouped by spaces or hyphens, anywhere in a text.
/// The portal has no legal basis to hold one in a draft, so it is refused before it is stored or logged.
/// </summary>
public static class IndividualNumberGuard
{
    public const int Length = 12;

    /// <summary>Throws when <paramref name="text"/> contains an individual number.</summary>
    /// <param name="field">Where the text came from ("message", "$.applicant.note"); reported, never the value.</param>
    /// <exception cref="IndividualNumberRefusedException">It does.</exception>
    public static void EnsureNone(string? text, string field)
    {
        if (text is not null && ContainsIndividualNumber(text))
        {
            throw new IndividualNumberRefusedException(field);
        }
    }

    /// <summary>Throws when any string or number value, or any property name, in <paramref name="node"/> contains one.</summary>
    /// <exception cref="IndividualNumberRefusedException">With the JSON path of the first one found.</exception>
    public static void EnsureNone(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    EnsureNone(name, path);
                    EnsureNone(value, $"{path}.{name}");
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    EnsureNone(array[i], $"{path}[{i}]");
                }
                break;
            case JsonValue value:
                // Numbers too: a bot may send the digits as a JSON number.
                EnsureNone(value.TryGetValue<string>(out var text) ? text : value.ToJsonString(), path);
                break;
        }
    }

    /// <summary>
    /// Whether a run of exactly 12 digits (ASCII or full-width, single spaces or hyphens allowed between them) has a
    /// valid check digit. Longer runs (a 13-digit corporate number, a card number) are not individual numbers.
    /// </summary>
    public static bool ContainsIndividualNumber(string text)
    {
        Span<char> digits = stackalloc char[Length];
        var count = 0;
        var separated = false;
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
                // One separator between digits keeps the run going; two in a row end it.
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

    /// <summary>
    /// The check digit of the individual number (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
    /// 第8条): with Pn the n-th digit counted from the right of the first 11 and Qn = n + 1 for n ≤ 6, n − 5 for n ≥ 7,
    /// the check digit is 11 − (ΣPn×Qn mod 11), or 0 when the remainder is 0 or 1.
    /// </summary>
    public static bool HasValidCheckDigit(ReadOnlySpan<char> twelveDigits)
    {
        if (twelveDigits.Length != Length)
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = twelveDigits[11 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return twelveDigits[11] - '0' == check;
    }

    private static char? ToDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => null,
    };

    private static bool IsSeparator(char c) => c is ' ' or '\u3000' or '-' or '‐' or '－' or '−' or 'ー' or '―' or '–' or '—';
}
