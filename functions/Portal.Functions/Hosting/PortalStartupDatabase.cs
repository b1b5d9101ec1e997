using Functions.Http.Hosting;
using Microsoft.Extensions.Options;
using Portal.Domain.Storage;

namespace Portal.Functions.Hosting;

/// <summary>The portal database, created with its containers at start-up when <c>Cosmos:CreateIfNotExists</c> is set.</summary>
public sealed class PortalStartupDatabase(PortalDatabase database, IOptions<CosmosOptions> options) : IStartupDatabase
{
    public string Name => database.Name;

    public bool CreateAtStartup => options.Value.CreateIfNotExists;

    public async Task<int> CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await database.CreateIfNotExistsAsync(PortalContainers.All, cancellationToken);
        return PortalContainers.All.Count;
    }
}
