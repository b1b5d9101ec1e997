using Bot.Core.Privacy;

namespace Bot.Core.Tests.Privacy;

public sealed class IndividualNumberDetectorTests
{
    [Theory]
    [InlineData("123456789018")]
    [InlineData("番号は123456789018です")]
    [InlineData("１２３４５６７８９０１８")]
    [InlineData("1234-5678-9018")]
    [InlineData("1234 5678 9018")]
    [InlineData("１２３４　５６７８　９０１８")]
    [InlineData("1234－5678－9018")]
    [InlineData("000000000000")]
    public void TwelveDigitsWithAValidCheckDigitAreFoundHoweverWritten(string text) =>
        Assert.True(IndividualNumberDetector.Contains(text));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("12345678901")]
    [InlineData("1234567890180")]
    [InlineData("03-5211-4232")]
    [InlineData("児童手当")]
    [InlineData("1234 5678 9018 7")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherNumbersAndTextAreNot(string? text) =>
        Assert.False(IndividualNumberDetector.Contains(text));

    [Theory]
    [InlineData("12345678901", 8)]
    [InlineData("00000000000", 0)]
    [InlineData("11111111111", 8)]
    [InlineData("10000000000", 5)]
    public void TheCheckDigitFollowsTheOfficialWeights(string first11, int expected) =>
        Assert.Equal(expected, IndividualNumberDetector.CheckDigit([.. first11.Select(c => c - '0'), 0]));
}
