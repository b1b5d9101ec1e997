using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Portal.LocalHost.Tests.TestFunctions;

/// <summary>A one-second timer that records which instance (the setting <c>Test:Instance</c>) ran which occurrence.</summary>
public sealed class SingletonTickFunctions(IConfiguration configuration)
{
    public static ConcurrentQueue<(string Instance, DateTime Occurrence)> Runs { get; } = new();

    [Function("SingletonTick")]
    public void Tick([TimerTrigger("*/1 * * * * *")] TimerInfo timer) =>
        // The occurrence after this one identifies this one: both instances compute it from the same schedule.
        Runs.Enqueue((configuration["Test:Instance"]!, timer.ScheduleStatus!.Next));
}
