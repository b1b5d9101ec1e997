using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.Health;
using Portal.Domain.Health;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Health;

public sealed class HealthServiceTests
{
    [Fact]
    public async Task EveryDependencyIsHealthyWhenTheStackIsUp()
    {
        var stack = await LocalStack.GetAsync();
        var health = Health(stack.Cosmos.Endpoint, stack, out var database);
        await database.Client.CreateDatabaseIfNotExistsAsync(database.Name);

        var report = await health.CheckAsync(CancellationToken.None);

        Assert.Equal(HealthReport.Healthy, report.Status);
        Assert.Equal(["cosmos", "storage"], report.Dependencies.Select(d => d.Name).Order());
        Assert.All(report.Dependencies, d => Assert.Equal(HealthReport.Healthy, d.Status));
    }

    [Fact]
    public async Task ADeadDatabaseMakesThePortalUnhealthyWithinTheTimeLimitAndNamesIt()
    {
        var stack = await LocalStack.GetAsync();
        var nobodyListens = new Uri($"http://127.0.0.1:{UnusedPort()}/");

        var started = DateTime.UtcNow;
        var report = await Health(nobodyListens, stack, out _).CheckAsync(CancellationToken.None);

        Assert.Equal(HealthReport.Unhealthy, report.Status);
        var cosmos = Assert.Single(report.Dependencies, d => d.Name == "cosmos");
        Assert.Equal(HealthReport.Unhealthy, cosmos.Status);
        Assert.Contains(cosmos.Reason, new[] { "unreachable", "timeout" });
        Assert.Equal(HealthReport.Healthy, Assert.Single(report.Dependencies, d => d.Name == "storage").Status);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the probe must not hang");
    }

    [Fact]
    public async Task AMissingDatabaseCountsAsDown()
    {
        var stack = await LocalStack.GetAsync();

        var report = await Health(stack.Cosmos.Endpoint, stack, out _).CheckAsync(CancellationToken.None);

        Assert.Equal(HealthReport.Unhealthy, Assert.Single(report.Dependencies, d => d.Name == "cosmos").Status);
    }

    private static HealthService Health(Uri cosmosEndpoint, StackState stack, out PortalDatabase database)
    {
        var cosmosOptions = Options.Create(new CosmosOptions
        {
            Endpoint = cosmosEndpoint, Key = stack.Cosmos.Key, Database = $"health-{Guid.NewGuid():N}",
        });
        database = new PortalDatabase(CosmosClientFactory.Create(cosmosOptions.Value), cosmosOptions);
        var storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        IDependencyCheck[] checks = [new CosmosDependencyCheck(database), new StorageDependencyCheck(storage.Queues)];
        return new HealthService(checks, Options.Create(new HealthOptions { DependencyTimeout = TimeSpan.FromSeconds(3) }),
            NullLogger<HealthService>.Instance);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
