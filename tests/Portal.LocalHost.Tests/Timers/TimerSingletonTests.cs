using Portal.LocalHost.Tests.TestFunctions;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.LocalHost.Tests.Timers;

/// <summary>
/// Two instances of one app, as Azure scales it out: each timer occurrence runs on one of them only (the blob lease
/// the Functions host takes), and when that instance stops, the other takes the timer over.
/// </summary>
public sealed class TimerSingletonTests
{
    [Fact]
    public async Task TwoInstancesRunEachOccurrenceOnceAndTheSecondTakesOverWhenTheFirstStops()
    {
        var stack = await LocalStack.GetAsync();
        var app = $"singleton-{Guid.NewGuid():N}";
        await using var first = Instance(stack, app, "first");
        await using var second = Instance(stack, app, "second");
        _ = first.Server;
        _ = second.Server;

        await WaitForAsync(() => SingletonTickFunctions.Runs.Count >= 4, TimeSpan.FromSeconds(20));
        var holder = SingletonTickFunctions.Runs.First().Instance;
        var whileBoth = SingletonTickFunctions.Runs.ToArray();
        await (holder == "first" ? first : second).DisposeAsync();
        var other = holder == "first" ? "second" : "first";
        await WaitForAsync(() => SingletonTickFunctions.Runs.Count(r => r.Instance == other) >= 2, TimeSpan.FromSeconds(20));

        var runs = SingletonTickFunctions.Runs.ToArray();
        Assert.All(whileBoth, r => Assert.Equal(holder, r.Instance));
        Assert.Equal(runs.Length, runs.Select(r => r.Occurrence).Distinct().Count());
    }

    private static PortalFactory Instance(StackState stack, string app, string name) =>
        new(stack, new Dictionary<string, string?>
        {
            ["LocalHost:Id"] = app,
            ["LocalHost:RetryInterval"] = "00:00:01",
            ["Test:Instance"] = name,
        }, extraFunctions: typeof(SingletonTickFunctions));

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not met within {timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }
}
