using System.Globalization;
using Portal.Contracts.Dates;

namespace Portal.Domain.Tests.Dates;

/// <summary>The one era table, both ways: what the printed forms and the bot show, and what the bot reads back.</summary>
public sealed class JapaneseErasTests
{
    [Theory]
    [InlineData("2019-04-30", "平成31年4月30日")]
    [InlineData("2019-05-01", "令和元年5月1日")]
    [InlineData("2020-01-01", "令和2年1月1日")]
    [InlineData("2025-05-20", "令和7年5月20日")]
    [InlineData("1989-01-07", "昭和64年1月7日")]
    [InlineData("1989-01-08", "平成元年1月8日")]
    [InlineData("1926-12-24", "大正15年12月24日")]
    [InlineData("1926-12-25", "昭和元年12月25日")]
    [InlineData("1912-07-29", "明治45年7月29日")]
    [InlineData("1912-07-30", "大正元年7月30日")]
    [InlineData("1900-01-01", "明治33年1月1日")]
    public void Dates_are_shown_in_the_era_that_was_current_that_day(string iso, string expected)
    {
        var date = DateOnly.Parse(iso, CultureInfo.InvariantCulture);

        Assert.Equal(expected, JapaneseEras.Format(date));
        Assert.True(JapaneseEras.TryFormat(date, out var text));
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Dates_before_meiji_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEras.Format(new DateOnly(1868, 1, 1)));
        Assert.False(JapaneseEras.TryFormat(new DateOnly(1868, 10, 22), out _));
    }

    [Theory]
    [InlineData("令和", 7, 2025)]
    [InlineData("R", 1, 2019)]
    [InlineData("h", 31, 2019)]
    [InlineData("平成", 1, 1989)]
    [InlineData("S", 60, 1985)]
    [InlineData("大正", 15, 1926)]
    [InlineData("m", 45, 1912)]
    public void An_era_year_is_read_back_as_the_gregorian_year(string era, int year, int gregorian)
    {
        Assert.True(JapaneseEras.TryFind(era, out var found));
        Assert.Equal(gregorian, found.GregorianYear(year));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("慶応")]
    [InlineData("RR")]
    public void What_is_not_an_era_is_not_found(string text) => Assert.False(JapaneseEras.TryFind(text, out _));
}
