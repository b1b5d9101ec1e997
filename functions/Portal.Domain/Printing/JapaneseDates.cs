using System.Globalization;
using Portal.Contracts.Dates;

namespace Portal.Domain.Printing;

/// <summary>Dates as printed on forms: Japan time, in the 和暦 the counters use, with the ISO date beside it.</summary>
public static class JapaneseDates
{
    // Japan has no daylight saving time: a fixed offset needs no time zone database (absent on some hosts).
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>"令和8年11月27日 21時21分（2026-11-27 21:21）". The era comes from <see cref="JapaneseEras"/>, as on the form itself.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = instant.ToOffset(JapanOffset);
        var time = local.ToString("H時mm分", CultureInfo.InvariantCulture);
        var iso = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{JapaneseEras.Format(DateOnly.FromDateTime(local.DateTime))} {time}（{iso}）";
    }
}
