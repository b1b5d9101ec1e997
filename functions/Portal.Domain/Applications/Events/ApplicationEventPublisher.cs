using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Events;

/// <summary>
/// Publishes status changes to a storage queue after they are stored. A change is stored first and published second:
/// a crash between the two loses a notification, never a status, and the history the resident sees is the record.
/// </summary>
/// <param name="queueName">The app setting <see cref="QueueSetting"/>; the queue trigger reads the same one, so hosts
/// sharing a storage account but not a database (the tests' hosts) never take each other's events.</param>
public sealed class ApplicationEventPublisher(StorageAccount storage, string queueName = ApplicationEventPublisher.DefaultQueueName)
{
    /// <summary>The app setting naming the queue, as the trigger's binding expression <c>%ApplicationEventsQueue%</c> reads it.</summary>
    public const string QueueSetting = "ApplicationEventsQueue";

    public const string DefaultQueueName = "application-events";

    private readonly JsonQueue _queue = new(storage, queueName);

    public string QueueName => queueName;

    public Task PublishAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _queue.SendAsync(change, cancellationToken);
    }
}
