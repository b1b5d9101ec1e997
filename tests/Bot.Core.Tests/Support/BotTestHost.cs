using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>
/// Shared by the conversation tests: the real portal with <see cref="TestCatalog"/> seeded, and a bot database of
/// their own on the local stack. Each test starts bots (<see cref="StartBot"/>) and talks as a user of its own.
/// </summary>
public sealed class BotTestHost : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("bot-portal-keys-").FullName;

    public PortalApiFactory Portal { get; private set; } = null!;

    public StackState Stack { get; private set; } = null!;

    public string BotDatabaseName { get; } = $"bot-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        Stack = await LocalStack.GetAsync();
        Portal = new PortalApiFactory(Stack, _keys);
        _ = Portal.Server;
        var repository = Portal.Services.GetRequiredService<ProcedureCatalogRepository>();
        foreach (var template in TestCatalog.Templates)
        {
            await repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        foreach (var set in TestCatalog.Sets)
        {
            await repository.UpsertSetAsync(set, CancellationToken.None);
        }
        var catalog = Portal.Services.GetRequiredService<CatalogHost>();
        await catalog.GetAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);

        using var client = BotDatabase.Connect(Stack.Cosmos.Endpoint, Stack.Cosmos.Key);
        await new BotDatabase(client, BotDatabaseName).CreateIfNotExistsAsync(CancellationToken.None);
    }

    /// <summary>A bot process: its own services and connections over the same database (a second one is a restart).</summary>
    public TestBot StartBot() => new(this);

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
