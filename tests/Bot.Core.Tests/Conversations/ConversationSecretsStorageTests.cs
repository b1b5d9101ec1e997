using System.Net;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Conversations;

/// <summary>
/// The conversation document on the real local Cosmos-protocol server: tokens and codes sealed at rest, plain through
/// the store; a document from before sealing reads as logged out.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class ConversationSecretsStorageTests(BotTestHost host)
{
    private static readonly PortalSession Session = new("access-token-AAAA", "refresh-token-BBBB", DateTimeOffset.UtcNow.AddHours(1), "account-1", "sid-1");

    private static readonly PendingLogin Pending = new()
    {
        Id = "login-1",
        Intent = "v1:menu:todo",
        DeviceCode = "device-code-CCCC",
        UserCode = "USER-DDDD",
        ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10),
        IntervalSeconds = 5,
        Registration = new PortalSession("registration-access-EEEE", "registration-refresh-FFFF", DateTimeOffset.UtcNow.AddMinutes(10)),
    };

    private static readonly string[] Secrets =
        ["access-token-AAAA", "refresh-token-BBBB", "device-code-CCCC", "USER-DDDD", "registration-access-EEEE", "registration-refresh-FFFF"];

    private static Container Conversations(TestBot bot) => bot.Service<BotDatabase>().Container(BotContainers.Conversations);

    private static async Task<string> RawAsync(TestBot bot, string key)
    {
        using var response = await Conversations(bot).ReadItemStreamAsync(key, new PartitionKey(key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(response.Content);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task TheStoredDocumentHoldsNoTokenOrCodeAndTheStoreGivesThemBack()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var stored = await bot.StoredAsync(user);

        await bot.Store.SaveAsync(stored.State with { PortalSession = Session, PendingLogin = Pending }, stored.ETag, CancellationToken.None);

        var raw = await RawAsync(bot, user.Key);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
        Assert.Contains("enc1.test.", raw, StringComparison.Ordinal);
        // What is not secret stays readable (the account link, the login's id).
        Assert.Contains("account-1", raw, StringComparison.Ordinal);
        var read = (await bot.StoredAsync(user)).State;
        Assert.Equal(Session, read.PortalSession);
        Assert.Equal(Pending, read.PendingLogin);
    }

    [Fact]
    public async Task ADocumentWrittenInClearBeforeSealingReadsAsLoggedOutWithOneWarningAndNoValue()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await Conversations(bot).CreateItemAsync(
            ConversationState.New(user.Key) with { PortalSession = Session, PendingLogin = Pending }, new PartitionKey(user.Key));

        var stored = await bot.StoredAsync(user);

        Assert.Null(stored.State.PortalSession);
        Assert.Null(stored.State.PendingLogin);
        var warning = Assert.Single(bot.Logs.Entries, e => e.Category == typeof(ConversationStore).FullName && e.Level == LogLevel.Warning);
        Assert.DoesNotContain(user.Key, warning.Message, StringComparison.Ordinal);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, bot.Logs.All, StringComparison.Ordinal);
        }
        // The next save writes it without them: the resident logs in again.
        await bot.Store.SaveAsync(stored.State, stored.ETag, CancellationToken.None);
        Assert.DoesNotContain("access-token-AAAA", await RawAsync(bot, user.Key), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionCopiedFromAnotherConversationDoesNotOpen()
    {
        await using var bot = host.StartBot();
        var (alice, mallory) = (NewUser(), NewUser());
        var stored = await bot.StoredAsync(alice);
        await bot.Store.SaveAsync(stored.State with { PortalSession = Session }, stored.ETag, CancellationToken.None);
        var sealedSession = (await Conversations(bot).ReadItemAsync<ConversationState>(alice.Key, new PartitionKey(alice.Key))).Resource.PortalSession;

        await Conversations(bot).CreateItemAsync(ConversationState.New(mallory.Key) with { PortalSession = sealedSession }, new PartitionKey(mallory.Key));

        Assert.Null((await bot.StoredAsync(mallory)).State.PortalSession);
        Assert.Equal(Session, (await bot.StoredAsync(alice)).State.PortalSession);
    }

    [Fact]
    public async Task AConversationWithoutSecretsLogsNoWarning()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { Step = ConversationSteps.SearchKeyword }, stored.ETag, CancellationToken.None);

        Assert.Equal(ConversationSteps.SearchKeyword, (await bot.StoredAsync(user)).State.Step);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level == LogLevel.Warning);
    }
}
