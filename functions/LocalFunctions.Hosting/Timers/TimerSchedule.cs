using Cronos;

namespace LocalFunctions.Hosting.Timers;

/// <summary>A timer trigger's schedule: NCRONTAB with seconds (six fields), classic cron (five), or a TimeSpan interval.</summary>
public sealed class TimerSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeSpan? _interval;

    private TimerSchedule(CronExpression? cron, TimeSpan? interval)
    {
        _cron = cron;
        _interval = interval;
    }

    public static TimerSchedule Parse(string expression)
    {
        if (expression.Contains(':') && TimeSpan.TryParse(expression, out var interval) && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(null, interval);
        }
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return new TimerSchedule(CronExpression.Parse(expression, format), null);
    }

    public DateTimeOffset Next(DateTimeOffset after) =>
        _interval is { } interval
            ? after + interval
            : _cron!.GetNextOccurrence(after, TimeZoneInfo.Utc)
              ?? throw new InvalidOperationException("The schedule has no next occurrence.");
}
