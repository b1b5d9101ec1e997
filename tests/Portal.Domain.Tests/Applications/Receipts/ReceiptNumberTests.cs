using Portal.Domain.Applications.Receipts;
using Portal.Testing;

namespace Portal.Domain.Tests.Applications.Receipts;

public sealed class ReceiptNumberTests
{
    private static readonly ReceiptNumber Sample = ReceiptNumber.Create(new DateOnly(2026, 11, 27), 48153);

    [Fact]
    public void ANumberIsTheDateSixRandomDigitsAndTheCheckDigitInGroupsOfFour()
    {
        var check = DammCheckDigit.Compute("261127048153");

        Assert.Equal("261127048153" + check, Sample.Digits);
        Assert.Equal($"2611-2704-8153-{check}", Sample.ToString());
        Assert.Equal(new DateOnly(2026, 11, 27), Sample.Date);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{1}")]
    [InlineData(" {0} ")]
    [InlineData("{2}")]
    [InlineData("{3}")]
    [InlineData("{4}")]
    [InlineData("{5}")]
    public void WhatResidentsTypeIsAccepted(string template)
    {
        var grouped = Sample.ToString();
        var digits = Sample.Digits;
        var fullWidth = string.Concat(grouped.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : '－'));
        var spaced = grouped.Replace('-', ' ');
        var ideographicSpaces = grouped.Replace('-', '\u3000');
        var longVowelMark = grouped.Replace('-', 'ー');
        var text = string.Format(template, grouped, digits, fullWidth, spaced, ideographicSpaces, longVowelMark);

        Assert.True(ReceiptNumber.TryParse(text, out var parsed));
        Assert.Equal(Sample, parsed);
        Assert.Equal(Sample, ReceiptNumber.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2611-2704-8153")]
    [InlineData("2611-2704-8153-00")]
    [InlineData("2611-2704-8153-X")]
    [InlineData("2611/2704/8153/0")]
    public void WhatIsNotThirteenDigitsIsRefused(string? text)
    {
        Assert.False(ReceiptNumber.TryParse(text, out _));
    }

    [Fact]
    public void AWrongCheckDigitIsRefused()
    {
        var wrong = Sample.Digits[..12] + (char)('0' + (Sample.Digits[12] - '0' + 1) % 10);

        Assert.False(ReceiptNumber.TryParse(wrong, out _));
        Assert.Throws<FormatException>(() => ReceiptNumber.Parse(wrong));
    }

    [Fact]
    public void AnImpossibleDateIsRefusedEvenWithAValidCheckDigit()
    {
        var body = "261332000001";

        Assert.False(ReceiptNumber.TryParse(body + DammCheckDigit.Compute(body), out _));
    }

    [Fact]
    public void TheRandomSourceUsesTodaysDateInJapan()
    {
        // 2026-11-27 20:00 UTC is already the 28th in Japan.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero));
        var numbers = Enumerable.Range(0, 50).Select(_ => new RandomReceiptNumberSource(clock).Next()).ToList();

        Assert.All(numbers, n => Assert.Equal(new DateOnly(2026, 11, 28), n.Date));
        Assert.All(numbers, n => Assert.True(ReceiptNumber.TryParse(n.ToString(), out _)));
        Assert.True(numbers.Distinct().Count() > 45);
    }
}
