using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Information.Residents;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Benchmarks.Information;

/// <summary>
/// <c>information-report</c>: issue 16's <c>GET /api/me/information?asOf=</c> as the function calls it
/// (<see cref="ResidentInformationService"/> in process, without HTTP or token checks) on the real local stack, for a
/// resident with 7 years of records in 8 categories from 5 providers (<see cref="InformationSeeder"/>), beside other
/// residents' records in the same container; asOf days spread over the 7 years. Sequential.
/// </summary>
public static class InformationReport
{
    private const int WarmUp = 30;

    public static async Task RunAsync(InformationReportOptions options)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var stack = await LocalStack.GetAsync();
        using var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
        var database = new PortalDatabase(client, Options.Create(new CosmosOptions { Database = $"bench-information-{Guid.NewGuid():N}"[..32] }));
        await database.CreateIfNotExistsAsync(PortalContainers.All, CancellationToken.None);
        try
        {
            var latency = await MeasureAsync(database, options);
            Print(latency, options, loadBefore);
        }
        finally
        {
            await client.GetDatabase(database.Name).DeleteAsync();
        }
    }

    private static async Task<InformationLatency> MeasureAsync(PortalDatabase database, InformationReportOptions options)
    {
        var catalogue = InformationCatalogue.Embedded();
        var records = new InformationRecordRepository(database);
        var seeder = new InformationSeeder(records, [.. catalogue.Categories.Take(InformationSeeder.Categories)]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var resident = ResidentContext.Self($"bench-info-{Guid.NewGuid():N}", "web");

        Console.WriteLine($"Seeding {options.Others:N0} other residents and the measured one...");
        var started = Stopwatch.GetTimestamp();
        var others = await seeder.SeedYearlyAsync([.. Enumerable.Range(0, options.Others).Select(i => $"bench-info-other-{i}")], today);
        var stored = await seeder.SeedMonthlyAsync(resident.PrincipalId, today);
        var seedTime = Stopwatch.GetElapsedTime(started);

        var service = new ResidentInformationService(catalogue, records, TimeProvider.System);
        var random = new Random(16);
        var samples = new List<double>(options.Samples);
        var (min, max) = (int.MaxValue, 0);
        Console.WriteLine($"Timing {options.Samples} reads...");
        for (var i = 0; i < WarmUp + options.Samples; i++)
        {
            var asOf = today.AddDays(-random.Next(InformationSeeder.Years * 365)).ToString("yyyy-MM-dd");
            var begun = Stopwatch.GetTimestamp();
            var read = await service.ReadAsync(resident, null, asOf, null, null, null, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(begun).TotalMilliseconds;
            if (i >= WarmUp)
            {
                samples.Add(elapsed);
                var shown = read.Periods.Sum(p => p.Records.Count);
                (min, max) = (Math.Min(min, shown), Math.Max(max, shown));
            }
        }
        return new InformationLatency(stored, others + stored, seedTime, (min, max), samples);
    }

    private static void Print(InformationLatency latency, InformationReportOptions options, string loadBefore)
    {
        var reads = latency.ReadMilliseconds;
        Console.WriteLine();
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after. " +
            $"Local Cosmos-protocol server. Seeded in {latency.SeedTime.TotalSeconds:F0} s: the resident's {latency.Stored:N0} record versions " +
            $"({InformationSeeder.Years} years, {InformationSeeder.Categories} categories, {InformationSeeder.Providers} providers) beside " +
            $"{options.Others:N0} other residents', {latency.ContainerRecords:N0} in `residents`.");
        Console.WriteLine();
        Console.WriteLine("| Figure | Value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| Records shown per asOf day (min–max) | {latency.RecordsPerRead.Min}–{latency.RecordsPerRead.Max} |");
        Console.WriteLine($"| `GET /api/me/information?asOf=`: p50 / p99 / max ms, n = {reads.Count} | " +
            $"{Percentiles.Of([.. reads], 0.5):F1} / {Percentiles.Of([.. reads], 0.99):F1} / {reads.Max():F1} |");
    }
}
