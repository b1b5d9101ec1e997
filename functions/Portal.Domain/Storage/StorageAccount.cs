using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Portal.Domain.Storage;

/// <summary>
/// Clients for the storage account the Functions host also uses (<c>AzureWebJobsStorage</c>): a connection string
/// locally (Azurite), identity-based service URIs in Azure (<c>AzureWebJobsStorage__queueServiceUri</c>, ...).
/// </summary>
public sealed class StorageAccount
{
    public const string ConnectionName = "AzureWebJobsStorage";

    private StorageAccount(QueueServiceClient queues, BlobServiceClient blobs)
    {
        Queues = queues;
        Blobs = blobs;
    }

    public QueueServiceClient Queues { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>A queue client that writes Base64 bodies, as the Functions queue trigger expects.</summary>
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var connectionString = configuration[ConnectionName];
        if (!string.IsNullOrEmpty(connectionString))
        {
            return new StorageAccount(
                new QueueServiceClient(connectionString, queueOptions), new BlobServiceClient(connectionString));
        }

        var section = configuration.GetSection(ConnectionName);
        var accountName = section["accountName"];
        var queueUri = section["queueServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.queue.core.windows.net");
        var blobUri = section["blobServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.blob.core.windows.net");
        if (queueUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {ConnectionName} (local) or {ConnectionName}__accountName (Azure).");
        }
        TokenCredential credential = new DefaultAzureCredential();
        return new StorageAccount(
            new QueueServiceClient(new Uri(queueUri), credential, queueOptions),
            new BlobServiceClient(new Uri(blobUri), credential));
    }
}
