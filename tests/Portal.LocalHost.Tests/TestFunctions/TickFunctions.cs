using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;

namespace Portal.LocalHost.Tests.TestFunctions;

/// <summary>A timer function on a one-second NCRONTAB schedule that records each run's schedule status.</summary>
public sealed class TickFunctions
{
    public static ConcurrentQueue<TimerInfo> Ticks { get; } = new();

    [Function("Tick")]
    public static void Tick([TimerTrigger("*/1 * * * * *")] TimerInfo timer) => Ticks.Enqueue(timer);
}
