using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Storage;

/// <summary>A fresh database on the local Cosmos-protocol server for one test class, dropped afterwards.</summary>
public sealed class CosmosDatabaseFixture : IAsyncLifetime
{
    public CosmosClient Client { get; private set; } = null!;

    public Database Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        Client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
        Database = (await Client.CreateDatabaseIfNotExistsAsync($"test-{Guid.NewGuid():N}")).Database;
    }

    /// <summary>A new container with partition key /owner and TTL on (items set their own).</summary>
    public async Task<DocumentStore<Parcel>> NewParcelStoreAsync()
    {
        var properties = new ContainerProperties($"parcels-{Guid.NewGuid():N}", "/owner") { DefaultTimeToLive = -1 };
        Container container = await Database.CreateContainerAsync(properties);
        return new DocumentStore<Parcel>(container);
    }

    public async Task DisposeAsync()
    {
        await Database.DeleteAsync();
        Client.Dispose();
    }
}
