using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Hosting;

/// <summary>Creates the bot's database and containers at start-up when asked to (local runs).</summary>
public sealed class BotDatabaseInitializer(
    BotDatabase database, IOptions<BotCosmosOptions> options, ILogger<BotDatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateIfNotExists)
        {
            return;
        }
        await database.CreateIfNotExistsAsync(cancellationToken);
        logger.LogInformation("Bot database {Database} ready with {Count} containers", options.Value.Database, BotContainers.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
