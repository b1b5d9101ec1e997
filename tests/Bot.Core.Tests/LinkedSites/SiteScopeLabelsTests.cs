using Bot.Core.LinkedSites;

namespace Bot.Core.Tests.LinkedSites;

/// <summary>What a linked site may read, as the resident reads it: the card's items in the card's order, never nothing for a scope unknown here.</summary>
public sealed class SiteScopeLabelsTests
{
    private static readonly Dictionary<string, string> Names = new() { ["tax-income"] = "税・所得" };

    [Theory]
    [InlineData("openid gender birthdate address name", "氏名、住所、生年月日、性別、このサイト専用の利用者番号")]
    [InlineData("openid information:tax-income", "わたしの情報の「税・所得」、このサイト専用の利用者番号")]
    [InlineData("information:no-such-category", "わたしの情報の一部")]
    [InlineData("name name", "氏名")]
    [InlineData("phone", "そのほかの情報")]
    public void EachScopeIsShownInWordsInTheCardsOrder(string scopes, string shown) =>
        Assert.Equal(shown, string.Join("、", SiteScopeLabels.Of(scopes.Split(' '), Names)));

    [Theory]
    [InlineData("openid name", false)]
    [InlineData("openid information:tax-income", true)]
    public void TheCatalogueIsReadOnlyWhenASiteMayReadAnInformationCategory(string scopes, bool needed) =>
        Assert.Equal(needed, SiteScopeLabels.NeedsCatalogue(scopes.Split(' ')));
}
