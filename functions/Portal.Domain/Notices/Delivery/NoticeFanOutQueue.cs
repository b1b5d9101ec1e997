using System.Text.Json;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>The fan-out's own queue (app setting <see cref="QueueSetting"/>): one message per page still to push.</summary>
public sealed class NoticeFanOutQueue(StorageAccount storage, string queueName = NoticeFanOutQueue.DefaultQueueName)
{
    /// <summary>The app setting naming the queue, as the trigger's binding expression <c>%NoticeFanOutQueue%</c> reads it.</summary>
    public const string QueueSetting = "NoticeFanOutQueue";

    public const string DefaultQueueName = "notice-fanout";

    private volatile bool _created;

    /// <param name="delay">How long the message stays invisible (a page held by quiet hours); at most a day here.</param>
    public async Task EnqueueAsync(NoticeFanOutPage page, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        var queue = storage.Queue(queueName);
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(page, JsonSerializerOptions.Web), delay, null, cancellationToken);
    }
}
