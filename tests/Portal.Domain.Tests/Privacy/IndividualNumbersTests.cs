using Portal.Contracts.Privacy;
using Portal.Testing.Privacy;

namespace Portal.Domain.Tests.Privacy;

/// <summary>The individual-number check shared by the portal's guard and the chatbot's detector.</summary>
public sealed class IndividualNumbersTests
{
    [Theory]
    [MemberData(nameof(IndividualNumberCases.Texts), MemberType = typeof(IndividualNumberCases))]
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
