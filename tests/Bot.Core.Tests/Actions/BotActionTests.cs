using Bot.Core.Actions;
using Bot.Core.Messages;

namespace Bot.Core.Tests.Actions;

public sealed class BotActionTests
{
    [Theory]
    [InlineData("v1:menu:home", "menu", "home", null)]
    [InlineData("v1:search:detail:child-allowance", "search", "detail", "child-allowance")]
    [InlineData("v1:search:q:a:b", "search", "q", "a:b")]
    public void AnActionOfThisVersionParsesIntoFeatureVerbAndArgument(string value, string feature, string verb, string? argument)
    {
        var action = BotAction.TryParse(value);

        Assert.Equal(new BotAction(feature, verb, argument), action);
        Assert.Equal(value, action!.ToString());
    }

    [Theory]
    [InlineData("v0:menu:home")]
    [InlineData("menu:home")]
    [InlineData("v1:menu")]
    [InlineData("v1::home")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsNotAnAction(string? value) => Assert.Null(BotAction.TryParse(value));

    [Fact]
    public void ActionsStayWithinThePostbackLimit() =>
        Assert.True(BotActions.Keyword(new string('あ', 100)).ToString().Length <= Choice.MaxActionLength);
}
