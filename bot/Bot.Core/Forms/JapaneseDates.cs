using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Forms;

/// <summary>Dates as residents type them (2025-05-20, 2025/5/20, 令和7年5月20日, R7.5.20, 令和元年…) and shown in 和暦.</summary>
public static partial class JapaneseDates
{
    private static readonly (string Name, char Letter, DateOnly Start)[] Eras =
    [
        ("令和", 'R', new DateOnly(2019, 5, 1)),
        ("平成", 'H', new DateOnly(1989, 1, 8)),
        ("昭和", 'S', new DateOnly(1926, 12, 25)),
        ("大正", 'T', new DateOnly(1912, 7, 30)),
        ("明治", 'M', new DateOnly(1868, 10, 23)),
    ];

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
        var name = era.Groups["era"].Value;
        var found = Eras.FirstOrDefault(e => e.Name == name || char.ToUpperInvariant(name[0]) == e.Letter && name.Length == 1);
        return found.Name is not null && TryCreate(found.Start.Year + Number(era, "y") - 1, Number(era, "m"), Number(era, "d"), out date);
    }

    /// <summary>"令和7年5月20日"; an ISO date it cannot read is shown as it is.</summary>
    public static string Format(string iso)
    {
        if (!DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return iso;
        }
        foreach (var (name, _, start) in Eras)
        {
            if (date >= start)
            {
                var year = date.Year - start.Year + 1;
                return string.Create(CultureInfo.InvariantCulture, $"{name}{(year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture))}年{date.Month}月{date.Day}日");
            }
        }
        return iso;
    }

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

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|大正|明治|[RHSTMrhstm])(?<y>\d{1,2})[年.\-/](?<m>\d{1,2})[月.\-/](?<d>\d{1,2})日?$")]
    private static partial Regex Era();
}
