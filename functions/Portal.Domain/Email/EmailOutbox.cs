using System.Text.Json;
using Portal.Domain.Storage;

namespace Portal.Domain.Email;

/// <summary>
/// Queues e-mail instead of sending inline, so a slow or dead SMTP relay never fails the resident's request;
/// the queue-triggered sender retries and parks a message as poison after five attempts.
/// </summary>
public sealed class EmailOutbox(StorageAccount storage)
{
    public const string QueueName = "email-outbox";

    public async Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(QueueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, JsonSerializerOptions.Web), cancellationToken);
    }
}
