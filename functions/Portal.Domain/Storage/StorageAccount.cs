using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Specialized;
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

    /// <summary>Suffix of the queue where messages that cannot be processed are parked, as the Functions host names it.</summary>
    public const string PoisonSuffix = "-poison";

    /// <summary>
    /// A received message that is not Base64 can never be processed: park it in the poison queue, as the Functions
    /// host does, instead of failing every receive on that queue.
    /// </summary>
    private static async Task ParkUndecodableAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message)
        {
            return;
        }
        var poison = args.Queue.GetParentQueueServiceClient().GetQueueClient(args.Queue.Name + PoisonSuffix);
        await poison.CreateIfNotExistsAsync(cancellationToken: args.CancellationToken);
        await poison.SendMessageAsync(message.Body, cancellationToken: args.CancellationToken);
        await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken);
    }

    public static StorageAccount FromConfiguration(IConfiguration configuration) => FromConfiguration(configuration, ConnectionName);

    /// <summary>
    /// The account behind the connection setting <paramref name="connectionName"/>: a connection string, or
    /// <c>{name}__accountName</c> / <c>__queueServiceUri</c> / <c>__blobServiceUri</c> with the managed identity.
    /// </summary>
    public static StorageAccount FromConfiguration(IConfiguration configuration, string connectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        queueOptions.MessageDecodingFailed += ParkUndecodableAsync;
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrEmpty(connectionString))
        {
            return new StorageAccount(
                new QueueServiceClient(connectionString, queueOptions), new BlobServiceClient(connectionString));
        }

        var section = configuration.GetSection(connectionName);
        var accountName = section["accountName"];
        var queueUri = section["queueServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.queue.core.windows.net");
        var blobUri = section["blobServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.blob.core.windows.net");
        if (queueUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {connectionName} (local) or {connectionName}__accountName (Azure).");
        }
        TokenCredential credential = new DefaultAzureCredential();
        return new StorageAccount(
            new QueueServiceClient(new Uri(queueUri), credential, queueOptions),
            new BlobServiceClient(new Uri(blobUri), credential));
    }
}
