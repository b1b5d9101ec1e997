using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Storage;

/// <summary>
/// Resource ids of the local Cosmos-protocol server as Cosmos DB writes them ('-' for '/'): a '/' in a rid broke the
/// rid-addressed calls the SDK makes (the change feed of a container in one database out of every 64).
/// </summary>
public sealed class ResourceIdTests
{
    [Fact]
    public async Task EveryOneOf64NewDatabasesHasARidWithoutASlashAndItsChangeFeedReads()
    {
        var stack = await LocalStack.GetAsync();
        using var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
        var databases = new List<Database>();
        try
        {
            // Database rids count up by one: any 64 in a row include the one whose last base64 sextet is all ones.
            for (var i = 0; i < 64; i++)
            {
                var created = await client.CreateDatabaseAsync($"rid-{Guid.NewGuid():N}");
                databases.Add(created.Database);
                // dbs/{rid}/: a '/' inside the rid makes more segments.
                Assert.Equal(2, created.Resource.SelfLink.Split('/', StringSplitOptions.RemoveEmptyEntries).Length);
                ContainerResponse container = await created.Database.CreateContainerAsync($"c-{i}", "/id");
                Assert.Equal(4, container.Resource.SelfLink.Split('/', StringSplitOptions.RemoveEmptyEntries).Length);
                using var feed = container.Container.GetChangeFeedIterator<object>(ChangeFeedStartFrom.Now(), ChangeFeedMode.LatestVersion);
                var page = await feed.ReadNextAsync();
                Assert.Equal(System.Net.HttpStatusCode.NotModified, page.StatusCode);
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DeleteAsync();
            }
        }
    }
}
