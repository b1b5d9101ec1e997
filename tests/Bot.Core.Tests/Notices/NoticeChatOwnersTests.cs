using Bot.Core.Conversations;
using Bot.Core.Notices;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Notices;

/// <summary>A page of pushes learns which account each of its chats is logged in to now, from the stored conversations.</summary>
[Collection(BotTestCollection.Name)]
public sealed class NoticeChatOwnersTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task AChatLoggedInNamesItsAccountOneLoggedInToNoneNamesNoneAndOneWithoutAConversationIsAbsent()
    {
        await using var bot = host.StartBot();
        var (loggedIn, loggedOut, neverSeen) = (NewUser(), NewUser(), NewUser());
        var account = Guid.NewGuid().ToString("N");
        await BotTestHost.PutSessionAsync(bot, loggedIn,
            new PortalSession("token", "refresh", DateTimeOffset.UtcNow.AddHours(1), account, "ses-1"), Arakawa);
        await bot.Store.SaveAsync(ConversationState.New(loggedOut.Key), null, CancellationToken.None);

        var owners = await bot.Service<NoticeChatOwners>().OfAsync([loggedIn, loggedOut, neverSeen], CancellationToken.None);

        Assert.Equal(account, owners[loggedIn.Key]);
        Assert.Null(owners[loggedOut.Key]);
        Assert.False(owners.ContainsKey(neverSeen.Key));
    }
}
