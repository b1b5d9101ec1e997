using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;
using Portal.Testing;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>A fresh bot database on the real local Cosmos-protocol server for one test class, dropped afterwards.</summary>
public sealed class BotDatabaseFixture : IAsyncLifetime
{
    private readonly string name = $"bot-test-{Guid.NewGuid():N}";
    private CosmosClient client = null!;

    public BotDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        client = BotDatabase.Connect(stack.Cosmos.Endpoint, stack.Cosmos.Key);
        Database = new BotDatabase(client, name);
        await Database.CreateIfNotExistsAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await client.GetDatabase(name).DeleteAsync();
        client.Dispose();
    }
}
