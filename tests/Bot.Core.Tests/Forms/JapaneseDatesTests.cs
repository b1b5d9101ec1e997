using Bot.Core.Forms;

namespace Bot.Core.Tests.Forms;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData("2025-05-20", "2025-05-20")]
    [InlineData("2025/5/20", "2025-05-20")]
    [InlineData("２０２５年５月２０日", "2025-05-20")]
    [InlineData("令和7年5月20日", "2025-05-20")]
    [InlineData("R7.5.20", "2025-05-20")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("S60.4.1", "1985-04-01")]
    public void TypedDatesAreReadAsIsoDates(string typed, string iso)
    {
        Assert.True(JapaneseDates.TryParse(typed, out var date));
        Assert.Equal(iso, JapaneseDates.Iso(date));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("令和7年13月1日")]
    [InlineData("あした")]
    [InlineData("X7.5.20")]
    [InlineData("慶応3年5月20日")]
    public void WhatIsNotADateIsRefused(string typed) => Assert.False(JapaneseDates.TryParse(typed, out _));

    /// <summary>The eras themselves are the portal's table (Portal.Domain.Tests' JapaneseErasTests); here, what is not an ISO date.</summary>
    [Theory]
    [InlineData("2025-05-20", "令和7年5月20日")]
    [InlineData("2025/05/20", "2025/05/20")]
    [InlineData("1868-01-01", "1868-01-01")]
    public void IsoDatesAreShownInWarekiAndAnythingElseAsItIs(string iso, string shown) => Assert.Equal(shown, JapaneseDates.Format(iso));
}
