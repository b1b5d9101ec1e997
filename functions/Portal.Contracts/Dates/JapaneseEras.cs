using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portal.Contracts.Dates;

/// <summary>
/// 和暦, the one table of the eras from 明治 on, both ways: a date to its era and year ("令和元年5月1日"), and an era
/// year to the Gregorian year. The first year of an era is 元年, and an era begins on the day of its change
/// (2019-04-30 is 平成31年, 2019-05-01 令和元年). The portal prints answers with it; the bot reads and shows dates with it.
/// </summary>
public static class JapaneseEras
{
    /// <summary>Newest first.</summary>
    public static IReadOnlyList<JapaneseEra> All { get; } =
    [
        new("令和", 'R', new DateOnly(2019, 5, 1)),
        new("平成", 'H', new DateOnly(1989, 1, 8)),
        new("昭和", 'S', new DateOnly(1926, 12, 25)),
        new("大正", 'T', new DateOnly(1912, 7, 30)),
        new("明治", 'M', new DateOnly(1868, 10, 23)),
    ];

    /// <summary>The era a date falls in and the year within it (1 for 元年); false before 明治.</summary>
    public static bool TryGetEraYear(DateOnly date, [NotNullWhen(true)] out JapaneseEra? era, out int year)
    {
        era = All.FirstOrDefault(e => date >= e.Start);
        year = era is null ? 0 : date.Year - era.Start.Year + 1;
        return era is not null;
    }

    /// <summary>"令和6年4月1日"; false before 明治.</summary>
    public static bool TryFormat(DateOnly date, [NotNullWhen(true)] out string? text)
    {
        text = TryGetEraYear(date, out var era, out var year)
            ? string.Create(CultureInfo.InvariantCulture, $"{era.Name}{(year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture))}年{date.Month}月{date.Day}日")
            : null;
        return text is not null;
    }

    /// <summary>"令和6年4月1日".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 明治.</exception>
    public static string Format(DateOnly date) =>
        TryFormat(date, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(date), date, "和暦 is shown from 明治 on.");

    /// <summary>The era named "令和", or by its letter ("R" or "r").</summary>
    public static bool TryFind(string nameOrLetter, [NotNullWhen(true)] out JapaneseEra? era)
    {
        ArgumentNullException.ThrowIfNull(nameOrLetter);
        era = All.FirstOrDefault(e => e.Name == nameOrLetter
            || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == e.Letter));
        return era is not null;
    }
}

/// <summary>One era: its name, the letter it is abbreviated to ("R7.5.20") and the day it began.</summary>
public sealed record JapaneseEra(string Name, char Letter, DateOnly Start)
{
    /// <summary>The Gregorian year of the era's <paramref name="year"/> (1 for 元年), without checking the era lasted that long.</summary>
    public int GregorianYear(int year) => Start.Year + year - 1;
}
