using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>The fan-out's own queue (app setting <see cref="QueueSetting"/>): one message per page still to push.</summary>
public sealed class NoticeFanOutQueue(StorageAccount storage, string queueName = NoticeFanOutQueue.DefaultQueueName)
{
    /// <summary>The app setting naming the queue, as the trigger's binding expression <c>%NoticeFanOutQueue%</c> reads it.</summary>
    public const string QueueSetting = "NoticeFanOutQueue";

    public const string DefaultQueueName = "notice-fanout";

    private readonly JsonQueue _queue = new(storage, queueName);

    /// <param name="delay">How long the message stays invisible (a page held by quiet hours); at most a day here.</param>
    public Task EnqueueAsync(NoticeFanOutPage page, CancellationToken cancellationToken, TimeSpan? delay = null) =>
        _queue.SendAsync(page, cancellationToken, delay);
}
