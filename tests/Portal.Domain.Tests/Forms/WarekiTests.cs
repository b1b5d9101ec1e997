using Portal.Domain.Forms;

namespace Portal.Domain.Tests.Forms;

public sealed class WarekiTests
{
    [Theory]
    [InlineData("2019-04-30", "平成31年4月30日")]
    [InlineData("2019-05-01", "令和元年5月1日")]
    [InlineData("2020-01-01", "令和2年1月1日")]
    [InlineData("1989-01-07", "昭和64年1月7日")]
    [InlineData("1989-01-08", "平成元年1月8日")]
    [InlineData("1926-12-24", "大正15年12月24日")]
    [InlineData("1926-12-25", "昭和元年12月25日")]
    [InlineData("1912-07-29", "明治45年7月29日")]
    [InlineData("1912-07-30", "大正元年7月30日")]
    [InlineData("1900-01-01", "明治33年1月1日")]
    public void Dates_are_shown_in_the_era_that_was_current_that_day(string iso, string expected) =>
        Assert.Equal(expected, Wareki.Format(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_before_meiji_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Wareki.Format(new DateOnly(1868, 1, 1)));
}
