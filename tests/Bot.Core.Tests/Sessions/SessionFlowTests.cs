using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Sessions;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Sessions;

/// <summary>アカウント → ログイン中の端末 in the chat, against the real portal API and the bot's own database.</summary>
[Collection(BotTestCollection.Name)]
public sealed class SessionFlowTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task TheAccountMenuListsEveryLoginInWordsAndEndsAnotherOneWhileThisChatStaysLoggedIn()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, session) = await LogInAsync(bot, user);
        var other = await ResidentTokens.StartSessionAsync(host.Portal.Services, account, "chatbot");

        var menu = await bot.SayAsync(user, "アカウント");
        var list = await bot.PressAsync(user, Action(menu, "ログイン中の端末"));

        var cards = Cards(list);
        Assert.Equal(2, cards.Count);
        Assert.Contains(cards, c => c.Subtitle == "この会話");
        Assert.All(cards, c => Assert.Equal(["端末の種類", "ログイン", "最終利用"], c.Fields.Select(f => f.Label)));
        Assert.Contains("その他の端末", Text(list));
        var end = cards.Single(c => c.Subtitle is null).Buttons.Single(b => b.Label == "終了する").Action!;
        Assert.Equal(SessionActions.End(other).ToString(), end);

        var ended = await bot.PressAsync(user, end);

        Assert.Contains("そのログインを終了しました", Text(ended));
        Assert.Null(await host.Portal.Services.GetRequiredService<SessionRepository>().FindAsync(account, other, CancellationToken.None));
        Assert.Equal(session, (await bot.StoredAsync(user)).State.PortalSession);
        Assert.Contains("そのログインは、すでに終了しています", Text(await bot.PressAsync(user, end)));
    }

    [Fact]
    public async Task EndingEveryLoginAsksFirstThenEndsThisChatsLoginToo()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (account, _) = await LogInAsync(bot, user);
        await ResidentTokens.StartSessionAsync(host.Portal.Services, account, "chatbot");
        var list = await bot.PressAsync(user, SessionActions.List.ToString());

        var asked = await bot.PressAsync(user, Action(list, "すべて終了する"));
        var ended = await bot.PressAsync(user, Action(asked, "終了する"));

        Assert.Contains("この会話を含む、すべての端末", Text(asked));
        Assert.Contains("2件のログインを終了しました", Text(ended));
        Assert.True(OffersMenu(ended));
        Assert.Null((await bot.StoredAsync(user)).State.PortalSession);
        Assert.Empty(await host.Portal.Services.GetRequiredService<SessionRepository>().ListAsync(account, CancellationToken.None));
    }

    /// <summary>A login of a new account in the user's conversation, as the card login leaves it (with its sid).</summary>
    private async Task<(string Account, PortalSession Session)> LogInAsync(TestBot bot, ChannelUser user)
    {
        var account = AccountService.NewAccountId();
        var token = await ResidentTokens.IssueAsync(host.Portal.Services, account, "bot-tests", PortalScopes.Portal);
        var session = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1), account, new JsonWebToken(token).GetPayloadValue<string>("sid"));
        await BotTestHost.PutSessionAsync(bot, user, session, Arakawa);
        return (account, session);
    }
}
