using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Storage;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The fan-out's queue trigger, in process: <paramref name="workers"/> loops take messages off the real
/// <c>notice-fanout</c> queue (Azurite) one at a time, run <see cref="NoticeFanOut.RunAsync"/> on each and delete it,
/// until the queue is empty and no message is in hand, as a host's queue trigger runs several messages at once. One
/// chain still goes page after page (each page queues the next only once it has read its own recipients); a prefecture
/// or the whole country is split into chains (<see cref="NoticeFanOutChains"/>) that the workers run side by side.
/// </summary>
public sealed class FanOutDrainer(StorageAccount storage, string queueName, NoticeFanOut fanOut, int workers = FanOutDrainer.DefaultWorkers)
{
    /// <summary>What one Functions instance's queue trigger takes at a time by default (batchSize 16).</summary>
    public const int DefaultWorkers = 16;

    public int Workers => workers;

    public async Task<FanOutRun> DrainAsync(CancellationToken cancellationToken)
    {
        var queue = storage.Queue(queueName);
        // A personal notice queues no fan-out at all: the queue may not exist yet.
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var pages = new ConcurrentQueue<double>();
        var inHand = 0;
        var started = Stopwatch.GetTimestamp();
        // As many loops as workers: ForEachAsync's default is one per core.
        await Parallel.ForEachAsync(Enumerable.Range(0, workers),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (_, token) =>
        {
            while (true)
            {
                var page = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref inHand);
                var received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), token);
                if (received.Value is not [var message])
                {
                    // Empty now; done only if no other worker holds a page that may queue the next one.
                    if (Interlocked.Decrement(ref inHand) == 0)
                    {
                        return;
                    }
                    await Task.Delay(20, token);
                    continue;
                }
                var step = JsonSerializer.Deserialize<NoticeFanOutPage>(message.MessageText, JsonSerializerOptions.Web)
                    ?? throw new InvalidOperationException("An empty fan-out message.");
                await fanOut.RunAsync(step, token);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                pages.Enqueue(Stopwatch.GetElapsedTime(page).TotalMilliseconds);
                Interlocked.Decrement(ref inHand);
            }
        });
        return new FanOutRun(pages.Count, [.. pages], Stopwatch.GetElapsedTime(started));
    }
}
