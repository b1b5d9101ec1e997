using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Portal.Domain.Storage;

/// <summary>Builds the one <see cref="CosmosClient"/> the process shares.</summary>
public static class CosmosClientFactory
{
    public static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static CosmosClient Create(CosmosOptions options)
    {
        var endpoint = options.Endpoint
            ?? throw new InvalidOperationException("Cosmos:Endpoint is not configured.");
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "portal",
            // Gateway mode over HTTPS is what Flex Consumption allows; locally it is the only mode the server speaks.
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            RequestTimeout = options.RequestTimeout,
            MaxRetryAttemptsOnRateLimitedRequests = 3,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(5),
            UseSystemTextJsonSerializerWithOptions = DocumentJson,
        };
        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(endpoint.ToString(), options.Key, clientOptions);
    }
}
