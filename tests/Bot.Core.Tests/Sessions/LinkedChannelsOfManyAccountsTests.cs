using Bot.Core.Messages;
using Bot.Core.Sessions;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Sessions;

/// <summary>A page of pushes reads its accounts' login links in a few queries, each account getting its own.</summary>
[Collection(BotTestCollection.Name)]
public sealed class LinkedChannelsOfManyAccountsTests(BotTestHost host)
{
    [Fact]
    public async Task MoreAccountsThanOneQueryTakesEachGetTheirOwnLinksAndOneThatNeverLoggedInIsAbsent()
    {
        await using var bot = host.StartBot();
        var store = bot.Service<LinkedChannelStore>();
        var accounts = Enumerable.Range(0, DocumentsById.IdsPerQuery + 10).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var chatsOf = accounts.ToDictionary(a => a, _ => new[] { NewUser(), NewUser() });
        await Parallel.ForEachAsync(accounts, async (account, token) =>
        {
            foreach (var user in chatsOf[account])
            {
                await store.LinkAsync(account, user, "ses-" + user.UserId, token);
            }
        });
        var neverLoggedIn = Guid.NewGuid().ToString("N");

        var found = await store.FindManyAsync([.. accounts, neverLoggedIn], CancellationToken.None);

        Assert.Equal(accounts.Order(), found.Keys.Order());
        Assert.All(accounts, account => Assert.Equal(
            chatsOf[account].Select(u => u.UserId).Order(), found[account].Select(l => l.UserId).Order()));
    }
}
