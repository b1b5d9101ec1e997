using Portal.Contracts.Privacy;

namespace Portal.Domain.Tests.Privacy;

/// <summary>The individual-number check shared by the portal's guard and the chatbot's detector.</summary>
public sealed class IndividualNumbersTests
{
    [Theory]
    [InlineData("123456789018", true)]
    [InlineData("987654321093", true)]
    [InlineData("111111111118", true)]
    [InlineData("000000000000", true)]
    [InlineData("123456789017", false)] // wrong check digit
    [InlineData("123456789010", false)] // wrong check digit
    [InlineData("１２３４５６７８９０１８", true)] // full-width digits
    [InlineData("1234 5678 9018", true)] // space
    [InlineData("1234\u30005678\u30009018", true)] // full-width space
    [InlineData("1234-5678-9018", true)] // hyphen-minus
    [InlineData("1234\u20105678\u20109018", true)] // hyphen
    [InlineData("1234\u20115678\u20119018", true)] // non-breaking hyphen
    [InlineData("1234\u20125678\u20129018", true)] // figure dash
    [InlineData("1234\u20135678\u20139018", true)] // en dash
    [InlineData("1234\u20145678\u20149018", true)] // em dash
    [InlineData("1234\u20155678\u20159018", true)] // horizontal bar
    [InlineData("1234\u22125678\u22129018", true)] // minus sign
    [InlineData("１２３４－５６７８－９０１８", true)] // full-width hyphen-minus
    [InlineData("1234ー5678ー9018", true)] // long vowel mark typed as a hyphen
    [InlineData("1234ｰ5678ｰ9018", true)] // half-width long vowel mark
    [InlineData("番号は201901011236です", true)] // embedded in text
    [InlineData("私の番号は１２３４ ５６７８ ９０１８です", true)]
    [InlineData("12345678901", false)] // 11 digits
    [InlineData("1123456789018", false)] // 13 digits
    [InlineData("1234567890180", false)]
    [InlineData("1234 5678 9018 7", false)] // a 13th digit after a separator
    [InlineData("1234--5678-9018", false)] // two separators end the run
    [InlineData("電話 03-1234-5678", false)] // phone-number-like
    [InlineData("090-1234-5678", false)]
    [InlineData("転入届を出したい", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Twelve_digits_with_a_valid_check_digit_are_found_however_they_are_written(string? text, bool expected) =>
        Assert.Equal(expected, IndividualNumbers.Contains(text));

    [Theory]
    [InlineData("12345678901", 8)]
    [InlineData("00000000000", 0)]
    [InlineData("11111111111", 8)]
    [InlineData("10000000000", 5)]
    public void The_check_digit_follows_the_official_weights(string firstEleven, int expected) =>
        Assert.Equal(expected, IndividualNumbers.CheckDigit(firstEleven));
}
