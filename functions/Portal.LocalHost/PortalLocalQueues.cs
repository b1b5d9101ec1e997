using Azure.Storage.Queues;
using LocalFunctions.Hosting.Queues;
using Portal.Domain.Storage;

namespace Portal.LocalHost;

/// <summary>The portal's queue triggers listen on its storage account (Azurite locally).</summary>
public sealed class PortalLocalQueues(StorageAccount storage) : ILocalQueues
{
    public QueueClient Queue(string name) => storage.Queue(name);
}
