using Portal.Domain.Proxies.Appointing;

namespace Portal.Domain.Tests.Proxies.Appointing;

/// <summary>A typed name against the card's: spaces of either width aside, every character as written.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("山田 花子", "山田　花子", true)]
    [InlineData("山田花子", "山田　花子", true)]
    [InlineData(" 山田  花子 ", "山田花子", true)]
    [InlineData("山田 花", "山田 花子", false)]
    [InlineData("渡辺 太郎", "渡邉 太郎", false)]
    [InlineData("ﾔﾏﾀﾞ", "ヤマダ", false)]
    [InlineData("", "山田 花子", false)]
    public void Names_are_the_same_when_only_spaces_differ(string typed, string card, bool same) =>
        Assert.Equal(same, PersonNames.Same(typed, card));
}
