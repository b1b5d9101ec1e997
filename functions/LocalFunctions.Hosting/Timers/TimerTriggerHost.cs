using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using LocalFunctions.Hosting.Functions;

namespace LocalFunctions.Hosting.Timers;

/// <summary>Runs timer-triggered functions on their schedules (UTC, as on Flex Consumption). A failure is logged, not fatal.</summary>
public sealed class TimerTriggerHost(
    FunctionCatalog catalog, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<TimerTriggerHost> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Timers.Select(function => RunAsync(function, stoppingToken)));

    private async Task RunAsync(TimerFunction function, CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(Settings.Resolve(configuration, function.Attribute.Schedule));
        DateTimeOffset? last = null;
        if (function.Attribute.RunOnStartup)
        {
            await InvokeAsync(function, last, schedule.Next(clock.GetUtcNow()), stoppingToken);
            last = clock.GetUtcNow();
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.Next(clock.GetUtcNow());
            try
            {
                await Task.Delay(Max(next - clock.GetUtcNow(), TimeSpan.Zero), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await InvokeAsync(function, last, schedule.Next(next), stoppingToken);
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

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
