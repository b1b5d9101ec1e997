using LocalFunctions.Hosting.Timers;

namespace Portal.LocalHost.Tests.Timers;

public sealed class TimerScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-27T10:02:30Z", "2026-11-27T10:05:00Z")]
    [InlineData("30 0 3 * * *", "2026-11-27T10:02:30Z", "2026-11-28T03:00:30Z")]
    [InlineData("0 3 * * *", "2026-11-27T02:59:59Z", "2026-11-27T03:00:00Z")]
    [InlineData("00:10:00", "2026-11-27T10:02:30Z", "2026-11-27T10:12:30Z")]
    [InlineData("1.00:00:00", "2026-11-27T10:02:30Z", "2026-11-28T10:02:30Z")]
    public void TheNextRunFollowsTheScheduleInUtc(string schedule, string after, string expected)
    {
        var next = TimerSchedule.Parse(schedule).Next(DateTimeOffset.Parse(after));

        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Theory]
    [InlineData("every five minutes")]
    [InlineData("61 * * * * *")]
    public void AnInvalidScheduleIsRefused(string schedule)
    {
        Assert.ThrowsAny<FormatException>(() => TimerSchedule.Parse(schedule));
    }
}
