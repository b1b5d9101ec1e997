using Bot.Core.Storage;
using Functions.Http.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Hosting;

/// <summary>The bot's own database, created with its containers at start-up when <c>Bot:Cosmos:CreateIfNotExists</c> is set.</summary>
public sealed class BotStartupDatabase(BotDatabase database, IOptions<BotCosmosOptions> options) : IStartupDatabase
{
    public string Name => options.Value.Database;

    public bool CreateAtStartup => options.Value.CreateIfNotExists;

    public async Task<int> CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await database.CreateIfNotExistsAsync(cancellationToken);
        return BotContainers.All.Count;
    }
}
