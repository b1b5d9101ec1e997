using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Contracts.Health;

namespace Portal.Domain.Health;

/// <summary>Checks every dependency at once, each within its own time limit.</summary>
public sealed class HealthService(
    IEnumerable<IDependencyCheck> checks, IOptions<HealthOptions> options, ILogger<HealthService> logger)
{
    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(checks.Select(check => CheckOneAsync(check, cancellationToken)));
        var healthy = results.All(r => r.Status == HealthReport.Healthy);
        return new HealthReport(healthy ? HealthReport.Healthy : HealthReport.Unhealthy, results);
    }

    private async Task<DependencyHealth> CheckOneAsync(IDependencyCheck check, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DependencyTimeout);
        try
        {
            await check.CheckAsync(timeout.Token).WaitAsync(timeout.Token);
            return new DependencyHealth(check.Name, HealthReport.Healthy, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Dependency {Dependency} did not answer within {Timeout}", check.Name, options.Value.DependencyTimeout);
            return new DependencyHealth(check.Name, HealthReport.Unhealthy, clock.ElapsedMilliseconds, "timeout");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Dependency {Dependency} is down", check.Name);
            return new DependencyHealth(check.Name, HealthReport.Unhealthy, clock.ElapsedMilliseconds, "unreachable");
        }
    }
}
