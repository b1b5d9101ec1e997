using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Channels.WebChat.Privacy;

/// <summary>
/// Finds what looks like an individual number (マイナンバー) in typed text: 12 digits with a valid check digit,
/// also in full-width digits or split by spaces or hyphens. The web chat refuses such a message before it is stored,
/// logged or handed to the conversation.
/// </summary>
public static partial class IndividualNumberText
{
    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        // NFKC turns full-width digits, spaces and hyphens into their ASCII forms.
        var normalized = text.Normalize(NormalizationForm.FormKC);
        foreach (Match match in Candidate().Matches(normalized))
        {
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (HasValidCheckDigit(digits))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The check digit of the individual number (総務省令): weights 2..7, 2..6 from the right, mod 11.</summary>
    public static bool HasValidCheckDigit(string digits)
    {
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = digits[11 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] - '0' == check;
    }

    // Twelve digits not part of a longer run, with at most one separator between digits.
    [GeneratedRegex(@"(?<![0-9])[0-9](?:[ \-\u2010\u2011\u2012\u2013\u2212\u30FC]?[0-9]){11}(?![0-9])")]
    private static partial Regex Candidate();
}
