using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Procedures.Storage;

/// <summary>A fresh database with the <c>procedures</c> container on the local Cosmos-protocol server, dropped afterwards.</summary>
public sealed class ProcedureStoreFixture : IAsyncLifetime
{
    private CosmosClient _client = null!;

    public PortalDatabase Database { get; private set; } = null!;

    public ProcedureCatalogRepository Repository { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        var options = new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key, Database = $"test-{Guid.NewGuid():N}" };
        _client = CosmosClientFactory.Create(options);
        Database = new PortalDatabase(_client, Options.Create(options));
        await Database.CreateIfNotExistsAsync([PortalContainers.Procedures], CancellationToken.None);
        Repository = new ProcedureCatalogRepository(Database);
    }

    public CatalogHost NewHost(TimeSpan? startupWait = null) => new(Repository, LocalGovernmentCatalog.Load(),
        Options.Create(new CatalogOptions { StartupWait = startupWait ?? TimeSpan.FromSeconds(15) }), NullLogger<CatalogHost>.Instance);

    /// <summary>Writes documents a few at a time (the local server is single-threaded; this is about the test's wait).</summary>
    public async Task SeedAsync(IEnumerable<ProcedureTemplate> templates, IEnumerable<OfferingSet> sets)
    {
        foreach (var template in templates)
        {
            await Repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        await Parallel.ForEachAsync(sets, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (set, cancellationToken) => await Repository.UpsertSetAsync(set, cancellationToken));
    }

    public async Task DisposeAsync()
    {
        await _client.GetDatabase(Database.Name).DeleteAsync();
        _client.Dispose();
    }
}
