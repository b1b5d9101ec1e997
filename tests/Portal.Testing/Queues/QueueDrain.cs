using Azure.Storage.Queues;

namespace Portal.Testing.Queues;

/// <summary>
/// Waits until a queue holds no message at all, leased ones included (the approximate count counts them): the proof
/// that what was sent has been handled to the end, since the queue host deletes a message only after its function
/// returned (or after parking it as poison). What the handling did can then be looked at without a fixed wait.
/// </summary>
public static class QueueDrain
{
    public static async Task UntilEmptyAsync(QueueClient queue, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{queue.Name} still held messages after {timeout}.");
            }
            await Task.Delay(100);
        }
    }
}
