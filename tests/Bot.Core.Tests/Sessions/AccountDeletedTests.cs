using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Portal.Contracts.Accounts.Events;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Sessions;

/// <summary>A deleted account's event makes the bot forget its chats and drop the portal sessions it stored for it.</summary>
[Collection(BotTestCollection.Name)]
public sealed class AccountDeletedTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task TheAccountDeletedEventDropsItsSessionsAndLinksButNotAnotherAccountsSession()
    {
        await using var bot = host.StartBot();
        var account = Guid.NewGuid().ToString("N");
        var (line, web, movedOn) = (new ChannelUser(Bot.Core.Messages.Channels.Line, Guid.NewGuid().ToString("N")), NewUser(), NewUser());
        await LinkAsync(bot, line, account, "ses-line");
        await LinkAsync(bot, web, account, "ses-web");
        await LinkAsync(bot, movedOn, account, "ses-old");
        var other = new PortalSession("other-token", "other-refresh", DateTimeOffset.UtcNow.AddHours(1), Guid.NewGuid().ToString("N"), "ses-other");
        await BotTestHost.PutSessionAsync(bot, movedOn, other, Arakawa);
        await bot.Service<ResidentChannelStore>().RememberAsync(account, web, CancellationToken.None);

        await bot.Service<PortalEventRouter>().RouteAsync(
            JsonSerializer.Serialize(new AccountDeletedNotice(account, DateTimeOffset.UtcNow), JsonSerializerOptions.Web), CancellationToken.None);

        Assert.Null((await bot.StoredAsync(line)).State.PortalSession);
        Assert.Null((await bot.StoredAsync(web)).State.PortalSession);
        Assert.Equal(other, (await bot.StoredAsync(movedOn)).State.PortalSession);
        Assert.Empty(await bot.Service<LinkedChannelStore>().FindAsync(account, CancellationToken.None));
        Assert.Null(await bot.Service<ResidentChannelStore>().FindAsync(account, CancellationToken.None));
        Assert.DoesNotContain(account, bot.Logs.All, StringComparison.Ordinal);
    }

    private static async Task LinkAsync(TestBot bot, ChannelUser user, string account, string sessionId)
    {
        await BotTestHost.PutSessionAsync(bot, user, new PortalSession("token", "refresh", DateTimeOffset.UtcNow.AddHours(1), account, sessionId), Arakawa);
        await bot.Service<LinkedChannelStore>().LinkAsync(account, user, sessionId, CancellationToken.None);
    }
}
