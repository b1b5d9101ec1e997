using Portal.Testing.Hosting;
using Portal.LocalHost.Tests.TestFunctions;
using Portal.Testing;

namespace Portal.LocalHost.Tests.Timers;

public sealed class TimerTriggerTests
{
    [Fact]
    public async Task ATimerFunctionRunsOnItsScheduleWithTheNextOccurrenceAhead()
    {
        await using var host = new PortalFactory(await LocalStack.GetAsync(), extraFunctions: typeof(TickFunctions));
        _ = host.Server;

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (TickFunctions.Ticks.Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var ticks = TickFunctions.Ticks.ToArray();
        Assert.True(ticks.Length >= 3, $"expected 3 runs in 10 s on a one-second schedule, saw {ticks.Length}");
        Assert.All(ticks, t => Assert.True(t.ScheduleStatus!.Next > t.ScheduleStatus.LastUpdated));
        Assert.All(ticks.Skip(1), t => Assert.NotEqual(default, t.ScheduleStatus!.Last));
    }
}
