using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Storage;
using Portal.Domain.Terms;
using Portal.Testing;

namespace Portal.Operator.Tests.Support;

/// <summary>
/// A fresh database on the real local Cosmos-protocol server, named in the configuration the CLI reads (as run.sh sets
/// it through Cosmos__* variables, with CreateIfNotExists, so the CLI creates the containers itself). Tests read what
/// the CLI wrote back through the domain's repositories. Each test uses its own client ids; dropped afterwards.
/// </summary>
public sealed class OperatorStack : IAsyncLifetime
{
    private readonly string _databaseName = $"operator-{Guid.NewGuid():N}";
    private Microsoft.Azure.Cosmos.CosmosClient _client = null!;

    public IConfiguration Configuration { get; private set; } = null!;

    public ClientRepository Clients { get; private set; } = null!;

    public TermsRepository Terms { get; private set; } = null!;

    /// <summary>The same database, for tests that read containers without a repository (the procedures catalog).</summary>
    public PortalDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = stack.Cosmos.Endpoint.ToString(),
            ["Cosmos:Key"] = stack.Cosmos.Key,
            ["Cosmos:Database"] = _databaseName,
            ["Cosmos:CreateIfNotExists"] = "true",
        }).Build();
        var options = new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key, Database = _databaseName };
        _client = CosmosClientFactory.Create(options);
        // The first CLI run creates the containers; the repositories only need the names.
        var database = Database = new PortalDatabase(_client, Options.Create(options));
        Clients = new ClientRepository(database);
        Terms = new TermsRepository(database);
        Tool.Ok(this, new ManualClock(DateTimeOffset.UtcNow), "clients", "list");
    }

    public async Task DisposeAsync()
    {
        await _client.GetDatabase(_databaseName).DeleteAsync();
        _client.Dispose();
    }

    /// <summary>A client id of its own for one test: the database is shared by the collection.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}

[CollectionDefinition(Name)]
public sealed class OperatorStackCollection : ICollectionFixture<OperatorStack>
{
    public const string Name = "portal-operator on the local stack";
}
