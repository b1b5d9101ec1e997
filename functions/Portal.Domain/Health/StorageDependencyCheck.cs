using Azure.Storage.Queues;

namespace Portal.Domain.Health;

/// <summary>Lists one queue: proves the storage account answers (queue triggers and blobs share it).</summary>
public sealed class StorageDependencyCheck(QueueServiceClient queues) : IDependencyCheck
{
    public string Name => "storage";

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in queues.GetQueuesAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            return;
        }
    }
}
