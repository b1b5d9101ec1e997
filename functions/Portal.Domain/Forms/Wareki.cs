using System.Globalization;

namespace Portal.Domain.Forms;

/// <summary>
/// 和暦 for showing dates (they are stored as ISO dates): "令和元年5月1日". The first year of an era is 元年, and an era
/// begins on the day of its change (2019-04-30 is 平成31年, 2019-05-01 令和元年).
/// </summary>
public static class Wareki
{
    private static readonly (string Name, DateOnly Start)[] Eras =
    [
        ("令和", new DateOnly(2019, 5, 1)),
        ("平成", new DateOnly(1989, 1, 8)),
        ("昭和", new DateOnly(1926, 12, 25)),
        ("大正", new DateOnly(1912, 7, 30)),
        ("明治", new DateOnly(1868, 10, 23)),
    ];

    /// <summary>"令和6年4月1日".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 明治.</exception>
    public static string Format(DateOnly date)
    {
        var (era, year) = EraYear(date);
        return string.Create(CultureInfo.InvariantCulture, $"{era}{YearText(year)}年{date.Month}月{date.Day}日");
    }

    /// <summary>The era and the year within it (1 for 元年).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 明治.</exception>
    public static (string Era, int Year) EraYear(DateOnly date)
    {
        foreach (var (name, start) in Eras)
        {
            if (date >= start)
            {
                return (name, date.Year - start.Year + 1);
            }
        }
        throw new ArgumentOutOfRangeException(nameof(date), date, "和暦 is shown from 明治 on.");
    }

    private static string YearText(int year) => year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
}
