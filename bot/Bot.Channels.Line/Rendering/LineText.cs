namespace Bot.Channels.Line.Rendering;

/// <summary>Cutting text to LINE's limits without splitting a surrogate pair.</summary>
internal static class LineText
{
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    public static IEnumerable<string> Split(string text, int max)
    {
        var start = 0;
        while (text.Length - start > max)
        {
            var length = char.IsHighSurrogate(text[start + max - 1]) ? max - 1 : max;
            yield return text.Substring(start, length);
            start += length;
        }

        yield return text[start..];
    }
}
