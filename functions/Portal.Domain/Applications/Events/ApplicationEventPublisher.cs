using System.Text.Json;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Events;

/// <summary>
/// Publishes status changes to a storage queue after they are stored. A change is stored first and published second:
/// a crash between the two loses a notification, never a status, and the history the resident sees is the record.
/// </summary>
public sealed class ApplicationEventPublisher(StorageAccount storage)
{
    public const string QueueName = "application-events";

    private volatile bool _created;

    public async Task PublishAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var queue = storage.Queue(QueueName);
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(change, JsonSerializerOptions.Web), cancellationToken);
    }
}
