using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Functions.Http.Hosting;

/// <summary>Creates the app's databases at start-up when the run asks for it (<see cref="IStartupDatabase.CreateAtStartup"/>).</summary>
public sealed class DatabaseInitializer(IEnumerable<IStartupDatabase> databases, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases.Where(d => d.CreateAtStartup))
        {
            var containers = await database.CreateIfNotExistsAsync(cancellationToken);
            logger.LogInformation("Database {Database} ready with {Count} containers", database.Name, containers);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
