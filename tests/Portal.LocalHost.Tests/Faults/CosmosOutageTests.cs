using Portal.Testing.Hosting;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Storage;
using Portal.LocalHost.Tests.TestFunctions;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.LocalHost.Tests.Faults;

/// <summary>
/// Kills the Cosmos-protocol server under a running host: the portal must answer 503 quickly, recover by itself
/// when the server returns with its data folder, and lose nothing it had acknowledged.
/// </summary>
public sealed class CosmosOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("portal-outage-").FullName;
    private readonly int _port = UnusedPort();
    private NodeService _cosmos = null!;

    public async Task InitializeAsync() => _cosmos = await StartCosmosAsync();

    public Task DisposeAsync()
    {
        _cosmos.Dispose();
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnOutageIsA503AndTheHostRecoversWithEverythingAcknowledged()
    {
        await using var host = new PortalFactory(await LocalStack.GetAsync(),
            cosmosEndpoint: new Uri($"http://127.0.0.1:{_port}/"), extraFunctions: typeof(ParcelFunctions));
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        var store = ParcelFunctions.Store(host.Services.GetRequiredService<PortalDatabase>());
        var acknowledged = new List<string>();
        foreach (var i in Enumerable.Range(1, 20))
        {
            await store.UpsertAsync(new ParcelFunctions.Parcel($"p{i}", "resident-1", $"申請{i}"), CancellationToken.None);
            acknowledged.Add($"p{i}");
        }

        _cosmos.Kill();

        var clock = Stopwatch.StartNew();
        var health = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        output.WriteLine($"health during the outage answered 503 in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"health took {clock.Elapsed}");
        var cosmos = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dependencies").EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == "cosmos");
        Assert.Equal("unhealthy", cosmos.GetProperty("status").GetString());

        clock.Restart();
        var call = await client.GetAsync("/api/parcels/resident-1/p1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, call.StatusCode);
        Assert.Equal("application/problem+json", call.Content.Headers.ContentType?.MediaType);
        var problem = await call.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://portal.example/problems/service-unavailable", problem.GetProperty("type").GetString());
        Assert.DoesNotContain("Exception", problem.GetRawText());
        output.WriteLine($"an API call during the outage answered 503 in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the API call took {clock.Elapsed}");

        _cosmos.Dispose();
        clock.Restart();
        _cosmos = await StartCosmosAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/api/health")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        output.WriteLine($"healthy again {clock.ElapsedMilliseconds} ms after the restart began");
        foreach (var id in acknowledged)
        {
            var parcel = await client.GetFromJsonAsync<JsonElement>($"/api/parcels/resident-1/{id}");
            Assert.Equal($"申請{id[1..]}", parcel.GetProperty("label").GetString());
        }
    }

    private async Task<NodeService> StartCosmosAsync() =>
        (await NodeService.StartAsync("cosmos/server.mjs",
            ["--host", "127.0.0.1", "--port", _port.ToString(), "--data", _data], "cosmos-server ready", TimeSpan.FromSeconds(30))).Service;

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
