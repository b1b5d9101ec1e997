using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using LocalFunctions.Hosting.Functions;

namespace LocalFunctions.Hosting.Timers;

/// <summary>
/// Runs timer-triggered functions on their schedules (UTC, as on Flex Consumption), each as a singleton across the app's
/// instances (<see cref="TimerLock"/>): the instance holding a timer's lease runs it, the others wait to take over. A
/// failure is logged, not fatal.
/// </summary>
public sealed class TimerTriggerHost(
    FunctionCatalog catalog, IServiceScopeFactory scopes, IConfiguration configuration, TimerLock locks, TimeProvider clock,
    ILogger<TimerTriggerHost> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Timers.Select(function => RunAsync(function, stoppingToken)));

    private async Task RunAsync(TimerFunction function, CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(Settings.Resolve(configuration, function.Attribute.Schedule));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await locks.AcquireAsync(function.Name, function.Method.DeclaringType!.Assembly.GetName().Name!, stoppingToken);
                using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                await ScheduleAsync(function, schedule, held.Token);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                // The lease was lost during a run: wait to take it again.
            }
            catch (Exception e)
            {
                // Storage unreachable: tried again, never given up (the timer would silently stop).
                logger.LogWarning("Timer {Function}: could not take its lease ({ErrorType}); trying again", function.Name, e.GetType().Name);
                if (!await PauseAsync(stoppingToken))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Runs the timer while <paramref name="held"/> lasts (the lease is held and the host not stopping).</summary>
    private async Task ScheduleAsync(TimerFunction function, TimerSchedule schedule, CancellationToken held)
    {
        DateTimeOffset? last = null;
        if (function.Attribute.RunOnStartup)
        {
            await InvokeAsync(function, last, schedule.Next(clock.GetUtcNow()), held);
            last = clock.GetUtcNow();
        }
        while (!held.IsCancellationRequested)
        {
            var next = schedule.Next(clock.GetUtcNow());
            // A delay may end a moment before the occurrence it waited for (timer and clock resolutions differ): "now"
            // is then still before the occurrence just run, and it must not run again.
            if (last is { } previous && next <= previous)
            {
                next = schedule.Next(previous);
            }
            try
            {
                await Task.Delay(Max(next - clock.GetUtcNow(), TimeSpan.Zero), clock, held);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await InvokeAsync(function, last, schedule.Next(next), held);
            last = next;
        }
    }

    private async Task InvokeAsync(TimerFunction function, DateTimeOffset? last, DateTimeOffset next, CancellationToken stoppingToken)
    {
        var info = new TimerInfo
        {
            ScheduleStatus = new ScheduleStatus { Last = last?.UtcDateTime ?? default, Next = next.UtcDateTime, LastUpdated = clock.GetUtcNow().UtcDateTime },
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function.Method, p => Bind(p, function, info, stoppingToken));
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Timer function {Function} failed", function.Name);
        }
    }

    private static object? Bind(ParameterInfo parameter, TimerFunction function, TimerInfo info, CancellationToken stoppingToken) =>
        parameter.Position == function.Trigger.Position ? info
        : parameter.ParameterType == typeof(CancellationToken) ? stoppingToken
        : parameter.HasDefaultValue ? parameter.DefaultValue : null;

    /// <returns>False when the host is stopping.</returns>
    private async Task<bool> PauseAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
