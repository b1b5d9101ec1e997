using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Portal.Domain.Identity;
using Portal.Domain.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;
using Portal.Testing.Procedures;

namespace Portal.Benchmarks.Home;

/// <summary>
/// <c>home-report [--count N]</c>: issue 19's <c>GET /api/me/home</c> over HTTP through the portal's whole pipeline
/// (the test server of <see cref="PortalFactory"/>: token and session checks, the contract check every test host does)
/// on the real local stack, for a resident with 5 drafts, 20 applications in progress and 200 notices
/// (<see cref="HomeSeeder"/>). Sequential, after a warm-up; the part time limit is the product's default.
/// </summary>
public static class HomeReport
{
    public const int DefaultCount = 3_000;

    private const int WarmUp = 200;

    public static async Task RunAsync(int count)
    {
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var loadBefore = BenchmarkMachine.LoadAverage();
        var stack = await LocalStack.GetAsync();
        var keys = Directory.CreateTempSubdirectory("home-bench-keys-").FullName;
        var portal = new PortalFactory(stack, new Dictionary<string, string?>
        {
            ["Identity:Tokens:SigningKeyFolder"] = keys,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        try
        {
            await portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);
            Console.WriteLine("Seeding the resident...");
            var account = await new HomeSeeder(portal.Services).SeedAsync();
            var token = await ResidentTokens.IssueAsync(portal.Services, account, "web", PortalScopes.Portal);
            using var http = portal.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            Console.WriteLine($"Timing {count} sequential GET /api/me/home after {WarmUp} warm-up calls...");
            var samples = new List<double>(count);
            var (incomplete, shape) = (0, "");
            for (var i = 0; i < WarmUp + count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync("/api/me/home");
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                response.EnsureSuccessStatusCode();
                if (i < WarmUp)
                {
                    continue;
                }
                samples.Add(elapsed);
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.GetProperty("unavailable").GetArrayLength() > 0)
                {
                    incomplete++;
                }
                shape = $"{root.GetProperty("todo").GetArrayLength()} todo items, {root.GetProperty("notices").GetProperty("latest").GetArrayLength()} latest notices " +
                    $"({root.GetProperty("notices").GetProperty("unread").GetInt32()} unread counted), {root.GetProperty("applications").GetArrayLength()} applications, " +
                    $"{root.GetProperty("actingFor").GetArrayLength()} principals";
            }
            Print(samples, incomplete, shape, loadBefore);
        }
        finally
        {
            await portal.DisposeAsync();
            Directory.Delete(keys, recursive: true);
            using var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
            await client.GetDatabase(portal.DatabaseName).DeleteAsync();
        }
    }

    private static void Print(List<double> samples, int incomplete, string shape, string loadBefore)
    {
        Console.WriteLine();
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after. " +
            $"Local Cosmos-protocol server. The answer: {shape}.");
        Console.WriteLine();
        Console.WriteLine("| Figure | Value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| `GET /api/me/home`: p50 / p99 / max ms, n = {samples.Count} | " +
            $"{Percentiles.Of(samples, 0.5):F1} / {Percentiles.Of(samples, 0.99):F1} / {samples.Max():F1} |");
        Console.WriteLine($"| Answers with a part left out (`unavailable` not empty) | {incomplete} |");
    }
}
