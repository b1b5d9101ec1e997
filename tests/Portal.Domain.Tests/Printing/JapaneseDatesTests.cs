using Portal.Domain.Printing;

namespace Portal.Domain.Tests.Printing;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData("2026-11-27T12:21:00Z", "令和8年11月27日 21時21分（2026-11-27 21:21）")]
    [InlineData("2019-04-30T14:59:00Z", "平成31年4月30日 23時59分（2019-04-30 23:59）")]
    [InlineData("2026-12-31T15:30:00Z", "令和9年1月1日 0時30分（2027-01-01 00:30）")]
    public void Dates_print_in_japan_time_in_the_japanese_era_with_the_iso_date(string instant, string expected)
    {
        Assert.Equal(expected, JapaneseDates.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
