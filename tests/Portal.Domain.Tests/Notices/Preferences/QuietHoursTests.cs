using Portal.Domain.Notices.Preferences;

namespace Portal.Domain.Tests.Notices.Preferences;

public sealed class QuietHoursTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    [Theory]
    [InlineData("21:00", "08:00", 20, 59, false)]
    [InlineData("21:00", "08:00", 21, 0, true)]
    [InlineData("21:00", "08:00", 23, 30, true)]
    [InlineData("21:00", "08:00", 0, 0, true)]
    [InlineData("21:00", "08:00", 7, 59, true)]
    [InlineData("21:00", "08:00", 8, 0, false)]
    [InlineData("12:00", "13:00", 12, 30, true)]
    [InlineData("12:00", "13:00", 13, 0, false)]
    [InlineData("12:00", "13:00", 23, 0, false)]
    public void Quiet_hours_are_read_in_Japan_time_and_may_cross_midnight(string start, string end, int hour, int minute, bool quiet)
    {
        var hours = new QuietHours(TimeOnly.Parse(start), TimeOnly.Parse(end));

        Assert.Equal(quiet, hours.Contains(new DateTimeOffset(2026, 12, 7, hour, minute, 0, Jst).ToUniversalTime()));
    }

    [Theory]
    [InlineData(22, 0, 8, 10 * 60)]
    [InlineData(2, 30, 8, 5 * 60 + 30)]
    [InlineData(7, 59, 8, 1)]
    public void A_notice_held_in_quiet_hours_goes_out_when_they_next_end(int hour, int minute, int endHour, int minutesLater)
    {
        var at = new DateTimeOffset(2026, 12, 7, hour, minute, 0, Jst);

        var until = QuietHours.Default.EndAfter(at);

        Assert.Equal(endHour, until.ToOffset(Jst).Hour);
        Assert.Equal(TimeSpan.FromMinutes(minutesLater), until - at);
    }
}
