namespace Bot.Core.Privacy;

/// <summary>
/// Finds what looks like an individual number (マイナンバー) in what a resident typed: a run of exactly 12 digits,
/// half- or full-width, possibly split by spaces or hyphens, whose last digit is the official check digit. The bot
/// refuses such a message before anything is stored or logged.
/// </summary>
public static class IndividualNumberDetector
{
    private const int Length = 12;

    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var run = new List<int>(Length);
        var pendingSeparator = false;
        foreach (var c in text)
        {
            if (Digit(c) is { } digit)
            {
                run.Add(digit);
                pendingSeparator = false;
            }
            else if (IsSeparator(c) && run.Count > 0 && !pendingSeparator)
            {
                // One separator between digit groups keeps the run going ("1234 5678 9018", "1234-5678-9018").
                pendingSeparator = true;
            }
            else
            {
                if (IsIndividualNumber(run))
                {
                    return true;
                }
                run.Clear();
                pendingSeparator = false;
            }
        }
        return IsIndividualNumber(run);
    }

    /// <summary>Twelve digits whose last is the check digit over the other eleven.</summary>
    public static bool IsIndividualNumber(IReadOnlyList<int> digits) =>
        digits.Count == Length && CheckDigit(digits) == digits[Length - 1];

    /// <summary>
    /// The official check digit: over the first eleven digits taken from the right (P1..P11), weights Qn = n + 1 for
    /// n ≤ 6 and n − 5 for n ≥ 7; the check digit is 11 − (Σ Pn·Qn mod 11), or 0 where that is 10 or 11.
    /// </summary>
    public static int CheckDigit(IReadOnlyList<int> digits)
    {
        var sum = 0;
        for (var n = 1; n <= Length - 1; n++)
        {
            var p = digits[Length - 1 - n];
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var check = 11 - sum % 11;
        return check >= 10 ? 0 : check;
    }

    private static int? Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => null,
    };

    private static bool IsSeparator(char c) => c is ' ' or '\u3000' or '-' or '‐' or '－' or '−' or 'ー' or '―' or '.' or '．';
}
