using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Forms;

/// <summary>Web form page links on LINE open as a LIFF app when one is configured; elsewhere, and without one, the plain page.</summary>
[Collection(BotTestCollection.Name)]
public sealed class FormPageLiffTests(BotTestHost host)
{
    private const string LiffId = "2000000000-AbCdEfGh";
    private static readonly RememberedLocalGovernment Chiyoda = new(TestCatalog.Chiyoda, "千代田区（東京都）");

    [Theory]
    [InlineData(Bot.Core.Messages.Channels.Line, LiffId, "https://liff.line.me/2000000000-AbCdEfGh/")]
    [InlineData(Bot.Core.Messages.Channels.WebChat, LiffId, "http://localhost:7072/api/forms/page/")]
    [InlineData(Bot.Core.Messages.Channels.Teams, LiffId, "http://localhost:7072/api/forms/page/")]
    [InlineData(Bot.Core.Messages.Channels.Line, null, "http://localhost:7072/api/forms/page/")]
    public async Task TheWebFormPageLinkIsALiffUrlOnlyOnLineWithALiffApp(string channel, string? liffId, string expectedStart)
    {
        await using var bot = host.StartBot(new Dictionary<string, string?> { ["Bot:Line:LiffId"] = liffId });
        var user = new ChannelUser(channel, Guid.NewGuid().ToString("N"));
        var session = await host.LogInAsync(bot, user, Chiyoda);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        await new PortalDrafts(host.Portal.CreateClient, session, host.Portal.Services).FillChildAllowanceAsync((await bot.StoredAsync(user)).State.Form!.DraftId, ownAccount: true);
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());

        replies = await bot.PressAsync(user, Action(replies, "いいえ"));

        var link = Assert.Single(replies.OfType<LinkMessage>()).Url.ToString();
        var token = (await bot.StoredAsync(user)).State.Form!.PageToken;
        Assert.Equal(expectedStart + token, link);
    }

    [Theory]
    [InlineData("/abc.DEF-_1", "/api/forms/page/abc.DEF-_1")]
    [InlineData("/", null)]
    [InlineData("abc", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("/abc?x=1", null)]
    [InlineData(null, null)]
    public void TheLiffPrimaryRedirectIsFollowedOnlyToAPageOfTheBot(string? liffState, string? expected) =>
        Assert.Equal(expected, FormPageTokens.LiffPagePath(liffState));
}
