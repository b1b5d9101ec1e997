using Bot.Core.Information;

namespace Bot.Core.Tests.Information;

/// <summary>The 確認対象日 or period as residents type it.</summary>
public sealed class InformationPeriodTests
{
    [Theory]
    [InlineData("令和6年4月1日", "2024-04-01", "2024-04-01")]
    [InlineData("R6.4.1", "2024-04-01", "2024-04-01")]
    [InlineData("2024-04-01", "2024-04-01", "2024-04-01")]
    [InlineData("2024/4/1", "2024-04-01", "2024-04-01")]
    [InlineData("２０２４－０４－０１", "2024-04-01", "2024-04-01")]
    [InlineData("令和6年4月1日〜令和6年6月30日", "2024-04-01", "2024-06-30")]
    [InlineData("2024/4/1~2024/6/30", "2024-04-01", "2024-06-30")]
    [InlineData("2024-04-01から2024-06-30まで", "2024-04-01", "2024-06-30")]
    public void ADayOrAPeriodIsRead(string typed, string from, string to)
    {
        Assert.True(InformationPeriod.TryParse(typed, out var period));
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (period.From, period.To));
    }

    [Theory]
    [InlineData("来週")]
    [InlineData("2024-06-30〜2024-04-01")]
    [InlineData("2024-02-30")]
    [InlineData("令和6年4月1日〜")]
    public void WhatIsNotADayOrAPeriodIsRefused(string typed) => Assert.False(InformationPeriod.TryParse(typed, out _));

    [Fact]
    public void APeriodIsShownIn和暦() =>
        Assert.Equal("令和6年4月1日〜令和6年6月30日", new InformationPeriod(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)).Shown);
}
