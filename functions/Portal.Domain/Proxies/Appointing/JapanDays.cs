namespace Portal.Domain.Proxies.Appointing;

/// <summary>A delegation's period is in whole days of Japan time, as the resident chose them; stored as instants.</summary>
public static class JapanDays
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The last day of a period whose exclusive end is <paramref name="until"/>.</summary>
    public static DateOnly LastDayBefore(DateTimeOffset until) => DayOf(until.AddTicks(-1));
}
