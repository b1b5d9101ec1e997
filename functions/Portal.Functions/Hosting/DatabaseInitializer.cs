using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Storage;

namespace Portal.Functions.Hosting;

/// <summary>
/// Creates the database and containers at start-up when asked to (local runs). In Azure, Bicep owns them and the
/// app's identity has no right to create them, so this stays off there.
/// </summary>
public sealed class DatabaseInitializer(
    PortalDatabase database, IOptions<CosmosOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateIfNotExists)
        {
            return;
        }
        await database.CreateIfNotExistsAsync(PortalContainers.All, cancellationToken);
        logger.LogInformation("Database {Database} ready with {Count} containers", database.Name, PortalContainers.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
