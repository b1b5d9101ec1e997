using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Storage;

/// <summary>The portal database: hands out containers by definition and creates them for local runs.</summary>
public sealed class PortalDatabase(CosmosClient client, IOptions<CosmosOptions> options)
{
    public string Name { get; } = options.Value.Database;

    public CosmosClient Client => client;

    public Container Container(ContainerDefinition definition) => client.GetContainer(Name, definition.Name);

    public async Task CreateIfNotExistsAsync(IEnumerable<ContainerDefinition> definitions, CancellationToken cancellationToken)
    {
        Database database = await client.CreateDatabaseIfNotExistsAsync(Name, cancellationToken: cancellationToken);
        foreach (var definition in definitions)
        {
            var properties = new ContainerProperties(definition.Name, definition.PartitionKeyPath)
            {
                DefaultTimeToLive = definition.DefaultTimeToLive,
            };
            await database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
        }
    }
}
