using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Bot.Core.Storage;

/// <summary>
/// The bot's database (<c>Bot:Cosmos:Endpoint</c>, <c>Bot:Cosmos:Key</c> — empty in Azure, where the managed identity
/// is used — and <c>Bot:Cosmos:Database</c>). Documents are camelCase System.Text.Json, as in the portal.
/// </summary>
public sealed class BotDatabase(CosmosClient client, string databaseName)
{
    public static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Container Container(BotContainer container) => client.GetContainer(databaseName, container.Name);

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        Database database = await client.CreateDatabaseIfNotExistsAsync(databaseName, cancellationToken: cancellationToken);
        foreach (var container in BotContainers.All)
        {
            await database.CreateContainerIfNotExistsAsync(
                new ContainerProperties(container.Name, container.PartitionKeyPath) { DefaultTimeToLive = container.DefaultTimeToLive },
                cancellationToken: cancellationToken);
        }
    }

    /// <summary>A client as the portal makes one: gateway mode, limited to the endpoint (all the local server speaks).</summary>
    public static CosmosClient Connect(Uri endpoint, string? key, TimeSpan? requestTimeout = null)
    {
        var options = new CosmosClientOptions
        {
            ApplicationName = "bot",
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(10),
            UseSystemTextJsonSerializerWithOptions = DocumentJson,
        };
        return string.IsNullOrEmpty(key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), options)
            : new CosmosClient(endpoint.ToString(), key, options);
    }
}
