using System.Diagnostics;
using System.Text.Json;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Storage;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The fan-out's queue trigger, in process: takes the messages off the real <c>notice-fanout</c> queue (Azurite) one at a
/// time, runs <see cref="NoticeFanOut.RunAsync"/> on each and deletes it, until the queue is empty. One message at a
/// time is what one notice's fan-out gets anyway: each page queues the next only once it has read its own recipients
/// (the next page starts at the store's continuation), so more instances do not speed up one notice.
/// </summary>
public sealed class FanOutDrainer(StorageAccount storage, string queueName, NoticeFanOut fanOut)
{
    public async Task<FanOutRun> DrainAsync(CancellationToken cancellationToken)
    {
        var queue = storage.Queue(queueName);
        // A personal notice queues no fan-out at all: the queue may not exist yet.
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var pages = new List<double>();
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var page = Stopwatch.GetTimestamp();
            var received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), cancellationToken);
            if (received.Value is not [var message])
            {
                return new FanOutRun(pages.Count, pages, Stopwatch.GetElapsedTime(started));
            }
            var step = JsonSerializer.Deserialize<NoticeFanOutPage>(message.MessageText, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("An empty fan-out message.");
            await fanOut.RunAsync(step, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            pages.Add(Stopwatch.GetElapsedTime(page).TotalMilliseconds);
        }
    }
}
