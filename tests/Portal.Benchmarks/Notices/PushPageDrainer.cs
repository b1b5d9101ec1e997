using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Bot.Core.Portal;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using Portal.Domain.Storage;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The bot's queue trigger on the portal's events (<c>NotifyApplicationStatus</c>), in process and concurrent as the
/// Functions host runs it: <paramref name="workers"/> loops take messages off the real queue (Azurite) one at a time
/// and hand each to the bot's own <see cref="PortalEventRouter"/> in a scope of the bot host's services, deleting it
/// when done; a failed attempt is made visible again at once and given up after <see cref="MaxDequeueCount"/>, as the
/// host does. (The local host's listener takes 16 at a time but runs them one after another; the Functions host runs a
/// batch side by side.) Stops once the fan-out has finished, the queue is empty and no message is in hand.
/// </summary>
public sealed class PushPageDrainer(StorageAccount storage, string queueName, IServiceProvider bot, int workers = PushPageDrainer.DefaultWorkers)
{
    /// <summary>The Functions queue trigger's default batchSize.</summary>
    public const int DefaultWorkers = 16;

    public const int MaxDequeueCount = 5;

    public async Task<PushPageRun> DrainAsync(Task fanOut, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var (pages, failed, poisoned, inHand) = (0, 0, 0, 0);
        var times = new ConcurrentQueue<double>();
        var waits = new ConcurrentQueue<double>();
        // As many loops as workers: ForEachAsync's default is one per core.
        await Parallel.ForEachAsync(Enumerable.Range(0, workers),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (_, token) =>
        {
            while (true)
            {
                // Read before receiving: a page the fan-out queued before it finished is then in the queue.
                var fanOutDone = fanOut.IsCompleted;
                Interlocked.Increment(ref inHand);
                var received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), token);
                if (received.Value is not [var message])
                {
                    if (Interlocked.Decrement(ref inHand) == 0 && fanOutDone)
                    {
                        return;
                    }
                    await Task.Delay(20, token);
                    continue;
                }
                try
                {
                    if (JsonSerializer.Deserialize<NoticePushPage>(message.MessageText, JsonSerializerOptions.Web) is { } page)
                    {
                        waits.Enqueue((DateTimeOffset.UtcNow - page.At).TotalMilliseconds);
                    }
                    var handling = Stopwatch.GetTimestamp();
                    await using (var scope = bot.CreateAsyncScope())
                    {
                        await scope.ServiceProvider.GetRequiredService<PortalEventRouter>().RouteAsync(message.MessageText, token);
                    }
                    times.Enqueue(Stopwatch.GetElapsedTime(handling).TotalMilliseconds);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                    Interlocked.Increment(ref pages);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    Console.WriteLine($"  a push page failed (attempt {message.DequeueCount}): {e.GetType().Name}: {e.Message}");
                    if (message.DequeueCount >= MaxDequeueCount)
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                        Interlocked.Increment(ref poisoned);
                    }
                    else
                    {
                        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: token);
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref inHand);
                }
            }
        });
        await fanOut;
        return new PushPageRun(pages, failed, poisoned, [.. times], [.. waits]);
    }
}
