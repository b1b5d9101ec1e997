using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Portal.Operator.Cli;

/// <summary>Durations as operators write them: <c>1d</c>, <c>12h</c>, <c>30m</c>, <c>90s</c>, or ISO 8601 (<c>P1DT12H</c>).</summary>
internal static partial class Durations
{
    public static readonly TimeSpan Max = TimeSpan.FromDays(90);

    public static TimeSpan Parse(string text, string option)
    {
        var duration = TryParse(text);
        return duration is { } value && value >= TimeSpan.Zero && value <= Max
            ? value
            : throw new UsageException($"--{option} \"{text}\" は期間として読めません（0s〜90d。例: 1d, 12h, 30m, P1DT12H）。");
    }

    private static TimeSpan? TryParse(string text)
    {
        var match = Short().Match(text);
        if (match.Success)
        {
            if (!long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000_000)
            {
                return null;
            }
            return match.Groups[2].Value switch
            {
                "d" => TimeSpan.FromDays(n),
                "h" => TimeSpan.FromHours(n),
                "m" => TimeSpan.FromMinutes(n),
                _ => TimeSpan.FromSeconds(n),
            };
        }
        if (text.StartsWith('P'))
        {
            try
            {
                return XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
                return null;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
        return null;
    }

    [GeneratedRegex("^([0-9]{1,9})(d|h|m|s)$")]
    private static partial Regex Short();
}
