using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Contracts.Dates;

namespace Bot.Core.Forms;

/// <summary>
/// Dates as residents type them (2025-05-20, 2025/5/20, 令和7年5月20日, R7.5.20, 令和元年…) and shown in 和暦; the eras are
/// <see cref="JapaneseEras"/>, the portal's.
/// </summary>
public static partial class JapaneseDates
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal).Replace("元年", "1年", StringComparison.Ordinal);
        if (Western().Match(normalized) is { Success: true } western)
        {
            return TryCreate(Number(western, "y"), Number(western, "m"), Number(western, "d"), out date);
        }
        if (Era().Match(normalized) is not { Success: true } era)
        {
            return false;
        }
        return JapaneseEras.TryFind(era.Groups["era"].Value, out var found)
            && TryCreate(found.GregorianYear(Number(era, "y")), Number(era, "m"), Number(era, "d"), out date);
    }

    /// <summary>"令和7年5月20日"; an ISO date it cannot read is shown as it is.</summary>
    public static string Format(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && JapaneseEras.TryFormat(date, out var shown) ? shown : iso;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1868 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})日?$")]
    private static partial Regex Western();

    // The era is any two kanji or one letter here; JapaneseEras knows which are eras.
    [GeneratedRegex(@"^(?<era>\p{IsCJKUnifiedIdeographs}{2}|[A-Za-z])(?<y>\d{1,2})[年.\-/](?<m>\d{1,2})[月.\-/](?<d>\d{1,2})日?$")]
    private static partial Regex Era();
}
