using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.ExternalSites;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.ExternalSites;

/// <summary>The containers external sites use (residents for the pairwise index, grants for pushed requests) on the real local Cosmos-protocol server.</summary>
public sealed class ExternalSitesStoreFixture : IAsyncLifetime
{
    private readonly CosmosDatabaseFixture _cosmos = new();

    public PortalDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync([PortalContainers.Residents, PortalContainers.Grants], CancellationToken.None);
    }

    /// <summary>The feature registered as the host registers it, over this database, with the test's clock.</summary>
    public ServiceProvider Services(TimeProvider clock) =>
        TestServices.Over(Database).AddExternalSites(TestServices.Settings()).AddSingleton(clock).BuildServiceProvider();

    public Task DisposeAsync() => _cosmos.DisposeAsync();
}
