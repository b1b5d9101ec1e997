using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;

namespace Portal.LocalHost.Tests.TestFunctions;

/// <summary>A queue function that fails for messages saying "fail", hangs until the host stops for "hang", records every attempt.</summary>
public sealed class FlakyQueueFunctions
{
    public const string QueueSetting = "FlakyQueue";

    public static ConcurrentQueue<string> Attempts { get; } = new();

    [Function("Flaky")]
    public static async Task Flaky([QueueTrigger($"%{QueueSetting}%")] string message, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(message);
        if (message.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("This message always fails.");
        }
        if (message.StartsWith("hang", StringComparison.Ordinal))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
