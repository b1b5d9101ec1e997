using Bot.Channels.WebChat.Privacy;

namespace Bot.Channels.WebChat.Tests;

public sealed class IndividualNumberTextTests
{
    [Theory]
    [InlineData("123456789018", true)]
    [InlineData("987654321093", true)]
    [InlineData("番号は1234-5678-9018です", true)]
    [InlineData("１２３４５６７８９０１８", true)]
    [InlineData("1234 5678 9018", true)]
    [InlineData("123456789010", false)] // wrong check digit
    [InlineData("1234567890180", false)] // 13 digits: not an individual number
    [InlineData("電話 03-1234-5678", false)]
    [InlineData("転入届を出したい", false)]
    [InlineData("", false)]
    public void Twelve_digits_with_a_valid_check_digit_are_found_in_any_width_or_separated(string text, bool found) =>
        Assert.Equal(found, IndividualNumberText.Contains(text));
}
