using System.Globalization;

namespace Portal.Domain.Printing;

/// <summary>Dates as printed on forms: Japan time, in the 和暦 the counters use, with the ISO date beside it.</summary>
public static class JapaneseDates
{
    // Japan has no daylight saving time: a fixed offset needs no time zone database (absent on some hosts).
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset instant)
    {
        var local = instant.ToOffset(JapanOffset);
        var iso = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        try
        {
            var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
            culture.DateTimeFormat.Calendar = new JapaneseCalendar();
            return $"{local.ToString("ggy年M月d日 H時mm分", culture)}（{iso}）";
        }
        catch (Exception exception) when (exception is CultureNotFoundException or ArgumentOutOfRangeException)
        {
            // Without ICU's Japanese data (invariant globalization) the ISO form is printed alone.
            return iso;
        }
    }
}
