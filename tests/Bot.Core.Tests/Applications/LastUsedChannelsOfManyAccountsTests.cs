using Bot.Core.Applications;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Applications;

/// <summary>A page of pushes reads its accounts' last-used chats in a few queries, each account getting its own.</summary>
[Collection(BotTestCollection.Name)]
public sealed class LastUsedChannelsOfManyAccountsTests(BotTestHost host)
{
    [Fact]
    public async Task MoreAccountsThanOneQueryTakesEachGetTheChatTheyUsedLastAndOneThatNeverUsedTheBotIsAbsent()
    {
        await using var bot = host.StartBot();
        var store = bot.Service<ResidentChannelStore>();
        var accounts = Enumerable.Range(0, DocumentsById.IdsPerQuery + 10).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var last = accounts.ToDictionary(a => a, _ => NewUser());
        await Parallel.ForEachAsync(accounts, async (account, token) =>
        {
            await store.RememberAsync(account, NewUser(), token);
            await store.RememberAsync(account, last[account], token);
        });
        var neverUsedTheBot = Guid.NewGuid().ToString("N");

        var found = await store.FindManyAsync([.. accounts, neverUsedTheBot], CancellationToken.None);

        Assert.Equal(accounts.Order(), found.Keys.Order());
        Assert.All(accounts, account => Assert.Equal(last[account], found[account]));
    }
}
