namespace Portal.Benchmarks.Notices;

/// <summary>
/// The system clock moved forward to the next noon in Japan when it is now within the default quiet hours (21:00–08:00
/// JST): run at night, every push would be held for the morning, and the report would time none. Only the notice
/// services see it; notices the report stores with the real time are then simply a few hours old.
/// </summary>
public sealed class DaytimeClock(TimeSpan offset) : TimeProvider
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public TimeSpan Offset => offset;

    public static DaytimeClock Create()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(Japan);
        if (now.Hour is >= 8 and < 21)
        {
            return new DaytimeClock(TimeSpan.Zero);
        }
        var noon = new DateTimeOffset(now.Date, Japan).AddHours(12);
        return new DaytimeClock((noon > now ? noon : noon.AddDays(1)) - now);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
