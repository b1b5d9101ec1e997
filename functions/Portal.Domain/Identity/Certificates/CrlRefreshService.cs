using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Identity.Certificates;

/// <summary>Runs <see cref="CrlRefresher"/> at start and then every <see cref="CrlOptions.RefreshInterval"/>.</summary>
public sealed class CrlRefreshService(CrlRefresher refresher, IOptions<CrlOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        do
        {
            await refresher.RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
