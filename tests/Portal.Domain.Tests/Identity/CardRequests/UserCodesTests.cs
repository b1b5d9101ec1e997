using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Tests.Identity.CardRequests;

public sealed class UserCodesTests
{
    [Fact]
    public void TheAlphabetHasNoVowelsAndNoLookAlikes()
    {
        Assert.Equal(20, UserCodes.Alphabet.Distinct().Count());
        Assert.DoesNotContain(UserCodes.Alphabet, c => "AEIOUY01".Contains(c));
    }

    [Fact]
    public void ACodeIsEightCharactersOfTheAlphabetShownAsTwoGroupsOfFour()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => UserCodes.New()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(8, code.Length);
            Assert.All(code, c => Assert.Contains(c, UserCodes.Alphabet));
            Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$", UserCodes.Display(code));
        });
        Assert.True(codes.Distinct().Count() > 190);
    }

    [Theory]
    [InlineData("bcdf-ghjk", "BCDFGHJK")]
    [InlineData("BCDF GHJK", "BCDFGHJK")]
    [InlineData("BCDFGHJK", "BCDFGHJK")]
    [InlineData("BCDF-GHJA", null)]
    [InlineData("BCDF-GHJ", null)]
    [InlineData(null, null)]
    public void WhatAResidentTypesIsNormalizedOrRefused(string? typed, string? expected)
    {
        Assert.Equal(expected, UserCodes.Normalize(typed));
    }
}
