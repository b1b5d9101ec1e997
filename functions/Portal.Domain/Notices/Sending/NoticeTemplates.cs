using System.Text.RegularExpressions;
using Portal.Contracts.Privacy;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Personal notices as templates, in GOV.UK Notify's style: <c>((name))</c> in the title and body, filled from the
/// audience's values when the notice is sent. Only the filled text is stored: the values are not kept, so a notice
/// cannot be filled again later and a change (PATCH) takes final text. A placeholder without a value, or a value no
/// placeholder uses, is refused rather than sent half-filled. Values are checked like form answers: plain single-line
/// text with no individual number; the filled text is then checked like any notice's (length, links).
/// </summary>
public static partial class NoticeTemplates
{
    /// <summary>The placeholders of <paramref name="text"/>, each once, in order of first use.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string? text) => text is null ? []
        : [.. PlaceholderPattern().Matches(text).Select(m => NameOf(m)).Distinct(StringComparer.Ordinal)];

    /// <summary>The errors of a personal notice's template and values (nothing when it has neither).</summary>
    public static IEnumerable<NoticeError> Check(NoticeContent content, IReadOnlyDictionary<string, string?>? values, NoticeSendingOptions options)
    {
        var used = PlaceholdersIn(content.Title).Concat(PlaceholdersIn(content.Body)).Distinct(StringComparer.Ordinal).ToList();
        var given = values ?? new Dictionary<string, string?>();
        if (given.Count > options.MaxTemplateValues)
        {
            return [new NoticeError("audience.values", NoticeErrorCodes.TooLong, options.MaxTemplateValues)];
        }
        return used.Where(name => !given.ContainsKey(name))
            .Select(name => new NoticeError(ValueField(name), NoticeErrorCodes.TemplateValueMissing, Value: name))
            .Concat(given.Keys.Where(name => !used.Contains(name, StringComparer.Ordinal))
                .Select(name => new NoticeError(ValueField(name), NoticeErrorCodes.TemplateValueUnused, Value: name)))
            .Concat(given.Where(v => used.Contains(v.Key, StringComparer.Ordinal))
                .SelectMany(v => CheckValue(v.Key, v.Value, options.MaxTemplateValueLength)))
            .ToList();
    }

    /// <summary>The errors of an area notice, or of a change, that carries a template: nobody's values fill it.</summary>
    public static IEnumerable<NoticeError> RefusePlaceholders(NoticeContent content, IReadOnlyDictionary<string, string?>? values) =>
        PlaceholdersIn(content.Title).Select(name => new NoticeError("title", NoticeErrorCodes.PlaceholderNotAllowed, Value: name))
            .Concat(PlaceholdersIn(content.Body).Select(name => new NoticeError("body", NoticeErrorCodes.PlaceholderNotAllowed, Value: name)))
            .Concat(values is { Count: > 0 } ? [new NoticeError("audience.values", NoticeErrorCodes.PlaceholderNotAllowed)] : []);

    /// <summary>The content with every placeholder replaced by its value (after <see cref="Check"/> found nothing).</summary>
    public static NoticeContent Fill(NoticeContent content, IReadOnlyDictionary<string, string?>? values) => values is null ? content
        : content with { Title = Fill(content.Title, values), Body = Fill(content.Body, values) };

    private static string? Fill(string? text, IReadOnlyDictionary<string, string?> values) =>
        text is null ? null : PlaceholderPattern().Replace(text, m => values[NameOf(m)]!.Trim());

    /// <summary>Never the value itself in an error: it is a resident's personal data.</summary>
    private static IEnumerable<NoticeError> CheckValue(string name, string? value, int maxLength)
    {
        var field = ValueField(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new NoticeError(field, NoticeErrorCodes.Required, Value: name);
            yield break;
        }
        var text = value.Trim();
        if (text.Length > maxLength)
        {
            yield return new NoticeError(field, NoticeErrorCodes.TooLong, maxLength, name);
        }
        if (text.Any(char.IsControl))
        {
            yield return new NoticeError(field, NoticeErrorCodes.ControlCharacters, Value: name);
        }
        if (text.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            yield return new NoticeError(field, NoticeErrorCodes.Markup, Value: name);
        }
        // A value holding "((x))" would leave a placeholder in the stored text that no change could ever fill.
        if (text.Contains("((", StringComparison.Ordinal) || text.Contains("))", StringComparison.Ordinal))
        {
            yield return new NoticeError(field, NoticeErrorCodes.PlaceholderNotAllowed, Value: name);
        }
        // The same check as IndividualNumberGuard's, reported with the other fields instead of thrown alone.
        if (IndividualNumbers.Contains(text))
        {
            yield return new NoticeError(field, NoticeErrorCodes.IndividualNumber, Value: name);
        }
    }

    private static string ValueField(string name) => $"audience.values.{name}";

    private static string NameOf(Match match) => match.Groups["name"].Value.Trim();

    /// <summary><c>((name))</c>: anything but parentheses and line breaks between double parentheses.</summary>
    [GeneratedRegex(@"\(\((?<name>[^()\r\n]{1,50})\)\)")]
    private static partial Regex PlaceholderPattern();
}
