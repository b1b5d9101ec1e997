using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Operator.Cli;

/// <summary>ISO 8601 instants with an explicit offset, so that "from when" never depends on the machine's time zone.</summary>
internal static partial class Timestamps
{
    public static DateTimeOffset Parse(string text, string option) =>
        WithOffset().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new UsageException(
                $"--{option} \"{text}\" は時刻として読めません（ISO 8601 で時差つき。例: 2026-12-01T00:00:00+09:00）。");

    /// <summary>Shown to people in Japan time.</summary>
    public static string Show(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss '(JST)'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}
