using Portal.Contracts.Privacy;
using System.Text.RegularExpressions;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The rules for a notice's text: plain text only (no angle brackets, so nothing a client could render as HTML),
/// paragraphs separated by blank lines, and links only as https to allowed hosts, because a resident trusts a link
/// in a notice from their city and a phishing link must not ride on that trust.
/// </summary>
public static partial class NoticeText
{
    /// <summary>Line breaks as <c>\n</c>; trailing white space of the whole text removed.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>The errors of one text field: length, control characters, markup and (for a body) its links.</summary>
    public static IEnumerable<NoticeError> Check(string field, string? text, int maxLength, bool multiline, LinkHostAllowList hosts)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new NoticeError(field, NoticeErrorCodes.Required);
            yield break;
        }
        var normalized = Normalize(text);
        if (normalized.Length > maxLength)
        {
            yield return new NoticeError(field, NoticeErrorCodes.TooLong, maxLength);
        }
        if (normalized.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\t')))
        {
            yield return new NoticeError(field, NoticeErrorCodes.ControlCharacters);
        }
        if (normalized.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            yield return new NoticeError(field, NoticeErrorCodes.Markup);
        }
        // The portal never stores an individual number, whoever writes it: a notice is read by many and kept for months.
        if (IndividualNumbers.Contains(normalized))
        {
            yield return new NoticeError(field, NoticeErrorCodes.IndividualNumber);
        }
        foreach (var error in CheckLinks(field, normalized, hosts))
        {
            yield return error;
        }
    }

    private static IEnumerable<NoticeError> CheckLinks(string field, string text, LinkHostAllowList hosts)
    {
        var refused = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match link in LinkPattern().Matches(text))
        {
            var scheme = link.Groups["scheme"].Value;
            if (!scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                if (refused.Add(scheme + ":"))
                {
                    yield return new NoticeError(field, NoticeErrorCodes.HttpsRequired, Value: scheme.ToLowerInvariant());
                }
                continue;
            }
            var host = Uri.TryCreate(link.Value, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.IdnHost)
                ? uri.IdnHost
                : link.Groups["host"].Value;
            if (!hosts.Allows(host) && refused.Add(host))
            {
                yield return new NoticeError(field, NoticeErrorCodes.LinkHostNotAllowed, Value: host.ToLowerInvariant());
            }
        }
    }

    /// <summary>Anything with a scheme and <c>://</c>, up to white space: a link whatever its scheme.</summary>
    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?<host>[^\s/?#:]*)[^\s]*")]
    private static partial Regex LinkPattern();
}
