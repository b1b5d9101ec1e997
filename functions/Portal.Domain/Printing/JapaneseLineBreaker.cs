using System.Globalization;
using System.Text;

namespace Portal.Domain.Printing;

/// <summary>
/// Breaks text into lines no wider than a width. Japanese has no spaces between words, so lines break between any
/// two characters; runs of Latin letters and digits (e-mail addresses, numbers) are kept whole when they fit on a
/// line, and the basic 禁則 rule holds: closing punctuation and small kana never start a line.
/// </summary>
public static class JapaneseLineBreaker
{
    private const string NoLineStart = "、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・：；:;/";

    /// <param name="measure">The width of a piece of text (one character or more) in the same unit as <paramref name="maxWidth"/>.</param>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, maxWidth, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var elements = TextElements(paragraph);
        var line = new List<string>();
        double width = 0;
        var index = 0;
        while (index < elements.Count)
        {
            var element = elements[index];
            var elementWidth = measure(element);
            if (line.Count == 0 || width + elementWidth <= maxWidth)
            {
                line.Add(element);
                width += elementWidth;
                index++;
                continue;
            }

            var carried = Carried(line, element);
            lines.Add(Join(line.Take(line.Count - carried)).TrimEnd());
            index -= carried;
            line.Clear();
            width = 0;
            // A wrapped line does not start with the space it broke at.
            while (index < elements.Count && elements[index] == " ")
            {
                index++;
            }
        }

        lines.Add(Join(line).TrimEnd());
    }

    /// <summary>How many elements at the end of the full line move to the next one with <paramref name="next"/>.</summary>
    private static int Carried(List<string> line, string next)
    {
        if (IsWordPart(next))
        {
            // Move the whole Latin word down, unless it fills the line by itself (then it breaks inside).
            var run = 0;
            while (run < line.Count && IsWordPart(line[line.Count - 1 - run]))
            {
                run++;
            }

            return run < line.Count ? run : 0;
        }

        // 追い出し: a character that may not start a line takes the last one of this line with it.
        return NoLineStart.Contains(next, StringComparison.Ordinal) && line.Count > 1 ? 1 : 0;
    }

    private static bool IsWordPart(string element) =>
        element.Length == 1 && element[0] < 0x80 && (char.IsAsciiLetterOrDigit(element[0]) || "@-_.'".Contains(element[0]));

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    private static string Join(IEnumerable<string> elements)
    {
        var builder = new StringBuilder();
        foreach (var element in elements)
        {
            builder.Append(element);
        }

        return builder.ToString();
    }
}
