using System.Net;
using Bot.Core.Login;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Login;

/// <summary>The login link behind a QR code id: sealed at rest, found through the store; one stored in clear is unknown.</summary>
[Collection(BotTestCollection.Name)]
public sealed class LoginLinkStoreTests(BotTestHost host)
{
    private static readonly Uri Link = new("http://localhost/api/device?user_code=WXYZ-2345");

    private static Container LoginLinks(TestBot bot) => bot.Service<BotDatabase>().Container(BotContainers.LoginLinks);

    [Fact]
    public async Task TheStoredDocumentHoldsNoLinkAndFindGivesItBack()
    {
        await using var bot = host.StartBot();
        var store = bot.Service<LoginLinkStore>();

        var id = await store.AddAsync(Link, DateTimeOffset.UtcNow.AddMinutes(10), CancellationToken.None);

        using var response = await LoginLinks(bot).ReadItemStreamAsync(id, new PartitionKey(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await new StreamReader(response.Content).ReadToEndAsync();
        Assert.DoesNotContain("WXYZ-2345", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("user_code", raw, StringComparison.Ordinal);
        Assert.Contains("enc1.test.", raw, StringComparison.Ordinal);
        Assert.Equal(Link, await store.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ALinkStoredInClearBeforeSealingIsUnknownWithOneWarningAndNoValue()
    {
        await using var bot = host.StartBot();
        var id = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await LoginLinks(bot).CreateItemAsync(
            new LoginLink { Id = id, Link = Link.ToString(), ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10), Ttl = 660 }, new PartitionKey(id));

        Assert.Null(await bot.Service<LoginLinkStore>().FindAsync(id, CancellationToken.None));
        Assert.Single(bot.Logs.Entries, e => e.Category == typeof(LoginLinkStore).FullName && e.Level == LogLevel.Warning);
        Assert.DoesNotContain("WXYZ-2345", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkSealedUnderAnotherIdDoesNotOpen()
    {
        await using var bot = host.StartBot();
        var store = bot.Service<LoginLinkStore>();
        var id = await store.AddAsync(Link, DateTimeOffset.UtcNow.AddMinutes(10), CancellationToken.None);
        var copy = (await LoginLinks(bot).ReadItemAsync<LoginLink>(id, new PartitionKey(id))).Resource with
        {
            Id = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
        };

        await LoginLinks(bot).CreateItemAsync(copy, new PartitionKey(copy.Id));

        Assert.Null(await store.FindAsync(copy.Id, CancellationToken.None));
    }
}
