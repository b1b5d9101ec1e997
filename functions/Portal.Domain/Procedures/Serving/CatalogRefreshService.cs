using Microsoft.Extensions.Hosting;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// Starts the catalog's load with the host and keeps it current. The load runs in the background, so the host (and
/// its health endpoint) is up at once; さがす requests wait for it, bounded by Catalog:StartupWait.
/// </summary>
public sealed class CatalogRefreshService(CatalogHost catalog) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => catalog.RunAsync(stoppingToken);
}
