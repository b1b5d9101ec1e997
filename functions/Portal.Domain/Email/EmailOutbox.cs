using Portal.Domain.Storage;

namespace Portal.Domain.Email;

/// <summary>
/// Queues e-mail instead of sending inline, so a slow or dead SMTP relay never fails the resident's request;
/// the queue-triggered sender retries and parks a message as poison after five attempts.
/// </summary>
/// <param name="queueName">The app setting <see cref="QueueSetting"/>; the queue trigger reads the same one, so hosts
/// that share a storage account (the tests' hosts) can each have their own.</param>
public sealed class EmailOutbox(StorageAccount storage, string queueName = EmailOutbox.DefaultQueueName)
{
    /// <summary>The app setting naming the queue, as the trigger's binding expression <c>%EmailOutboxQueue%</c> reads it.</summary>
    public const string QueueSetting = "EmailOutboxQueue";

    public const string DefaultQueueName = "email-outbox";

    private readonly JsonQueue _queue = new(storage, queueName);

    public string QueueName => queueName;

    public Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken) => _queue.SendAsync(message, cancellationToken);
}
