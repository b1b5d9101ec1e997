using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>
/// The exchange records waiting to be written: one message touches three partitions (the resident's chain, the
/// requester's log, the provider's log), which no single write can, so a queue-triggered writer retries until all are.
/// </summary>
/// <param name="queueName">The app setting <see cref="QueueSetting"/>, which the queue trigger reads too.</param>
public sealed class ExchangeOutbox(StorageAccount storage, string queueName = ExchangeOutbox.DefaultQueueName)
{
    public const string QueueSetting = "ExchangeOutboxQueue";

    public const string DefaultQueueName = "exchange-outbox";

    private readonly JsonQueue _queue = new(storage, queueName);

    public string QueueName => queueName;

    public Task EnqueueAsync(ExchangeEvent exchange, CancellationToken cancellationToken) => _queue.SendAsync(exchange, cancellationToken);
}
