using System.Diagnostics;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Portal.Domain.Exchanges;
using Portal.Domain.Histories;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Benchmarks.Exchanges;

/// <summary>
/// <c>exchanges-report</c>: issue 16's やりとり履歴 figures on the real local stack. <c>GET /api/me/exchanges</c> as the
/// function calls it (<see cref="ExchangeHistoryReader"/> in process, without HTTP or token checks): the first page of
/// the default period (the last year) for a resident with 10,000 records over 7 years, beside other residents' chains;
/// then what a chained append costs over a plain create, in requests counted at the SDK's pipeline
/// (<see cref="CosmosRequestCounter"/>) and in time. Sequential.
/// </summary>
public static class ExchangesReport
{
    private const int WarmUp = 30;

    public static async Task RunAsync(ExchangesReportOptions options)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var stack = await LocalStack.GetAsync();
        var counter = new CosmosRequestCounter();
        using var client = new CosmosClient(stack.Cosmos.Endpoint.ToString(), stack.Cosmos.Key, new CosmosClientOptions
        {
            // The product's client settings (CosmosClientFactory) plus the counter.
            ApplicationName = "portal-bench",
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            RequestTimeout = TimeSpan.FromSeconds(60),
            UseSystemTextJsonSerializerWithOptions = CosmosClientFactory.DocumentJson,
            CustomHandlers = { counter },
        });
        var database = new PortalDatabase(client, Options.Create(new CosmosOptions { Database = $"bench-exchanges-{Guid.NewGuid():N}"[..32] }));
        await database.CreateIfNotExistsAsync([PortalContainers.ExchangeHistory], CancellationToken.None);
        try
        {
            var store = new ExchangeHistoryStore(database);
            var now = DateTimeOffset.UtcNow;
            var resident = ResidentContext.Self($"bench-exchanges-{Guid.NewGuid():N}", "web");
            var seeder = new ExchangeSeeder(store);
            Console.WriteLine($"Seeding {options.Others:N0} other residents' chains and the measured one's {options.Records:N0} records...");
            var started = Stopwatch.GetTimestamp();
            await seeder.SeedOthersAsync([.. Enumerable.Range(0, options.Others).Select(i => $"bench-exchanges-other-{i}")], now, CancellationToken.None);
            await seeder.SeedAsync(resident.PrincipalId, options.Records, now, CancellationToken.None);
            var seedTime = Stopwatch.GetElapsedTime(started);

            var reader = new ExchangeHistoryReader(store, TimeProvider.System);
            Console.WriteLine($"Timing {options.Samples} reads of each kind...");
            var (defaultPage, defaultShown) = await TimeReadsAsync(() => reader.ListAsync(resident, null, null, null, null, CancellationToken.None), options.Samples);
            var sevenYears = (now - ExchangeRetention.Period + TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:ssK");
            var (fullPage, fullShown) = await TimeReadsAsync(() => reader.ListAsync(resident, sevenYears, null, "100", null, CancellationToken.None), options.Samples);
            counter.Reset();
            await reader.ListAsync(resident, null, null, null, null, CancellationToken.None);
            var requestsPerRead = (counter.Of(CosmosRequestCounter.Query), counter.Of(CosmosRequestCounter.QueryPlan), counter.Of(CosmosRequestCounter.Read));

            Console.WriteLine($"Timing {options.Appends} appends of each kind...");
            var container = database.Container(PortalContainers.ExchangeHistory);
            var costs = new[]
            {
                await MeasureAppendsAsync("Plain create (one document, no chain)", counter, options.Appends, (resident, i) =>
                {
                    var at = DateTimeOffset.UtcNow;
                    var record = ExchangeRecord.From(ExchangeSeeder.Exchange(resident, at, i), 0) with
                    {
                        Id = $"{HistoryQueryText.TimeKey(at)}-{Guid.NewGuid():N}", Sequence = null,
                    };
                    return new DocumentStore<ExchangeRecord>(container).CreateAsync(record, CancellationToken.None);
                }),
                await MeasureAppendsAsync("Chained append (HashChain.AppendAsync)", counter, options.Appends, (resident, i) =>
                    store.Chain.AppendAsync(resident, sequence => ExchangeRecord.From(ExchangeSeeder.Exchange(resident, DateTimeOffset.UtcNow, i), sequence),
                        CancellationToken.None)),
                await MeasureAppendsAsync("Chained append once (ExchangeHistoryStore.AppendOnceAsync, as the writer)", counter, options.Appends, (resident, i) =>
                    store.AppendOnceAsync(ExchangeSeeder.Exchange(resident, DateTimeOffset.UtcNow, i), CancellationToken.None)),
            };

            Console.WriteLine();
            Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after. " +
                $"Local Cosmos-protocol server. Seeded in {seedTime.TotalSeconds:F0} s through HashChain.AppendAsync: the resident's " +
                $"{options.Records:N0} records over 7 years beside {options.Others:N0} other residents' {ExchangeSeeder.OthersRecords} each, " +
                $"{options.Records + (options.Others * ExchangeSeeder.OthersRecords):N0} in `exchangeHistory`.");
            Console.WriteLine();
            Console.WriteLine("| Figure | Value |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| `GET /api/me/exchanges` (default period, first page of {defaultShown}): p50 / p99 / max ms, n = {defaultPage.Count} | {Summary(defaultPage)} |");
            Console.WriteLine($"| `GET /api/me/exchanges?from=<7 years back>&pageSize=100` (first page of {fullShown}): p50 / p99 / max ms, n = {fullPage.Count} | {Summary(fullPage)} |");
            Console.WriteLine($"| Requests per default-period read: queries / query plans / point reads | {requestsPerRead.Item1} / {requestsPerRead.Item2} / {requestsPerRead.Item3} |");
            foreach (var cost in costs)
            {
                Console.WriteLine($"| {cost.Name}: point reads / queries / writes per append | {cost.Reads:0.##} / {cost.Queries:0.##} / {cost.Writes:0.##} |");
                Console.WriteLine($"| {cost.Name}: p50 / p99 ms, n = {cost.Milliseconds.Count} | " +
                    $"{Percentiles.Of([.. cost.Milliseconds], 0.5):F1} / {Percentiles.Of([.. cost.Milliseconds], 0.99):F1} |");
            }
        }
        finally
        {
            await client.GetDatabase(database.Name).DeleteAsync();
        }
    }

    private static async Task<(List<double> Milliseconds, int Shown)> TimeReadsAsync<T>(Func<Task<Page<T>>> read, int samples)
    {
        var times = new List<double>(samples);
        var shown = 0;
        for (var i = 0; i < WarmUp + samples; i++)
        {
            var begun = Stopwatch.GetTimestamp();
            var page = await read();
            var elapsed = Stopwatch.GetElapsedTime(begun).TotalMilliseconds;
            if (i >= WarmUp)
            {
                times.Add(elapsed);
                shown = page.Items.Count;
            }
        }
        return (times, shown);
    }

    /// <summary>Appends to a fresh resident's chain (the chain's length does not change an append's cost), after a warm-up on another.</summary>
    private static async Task<AppendCost> MeasureAppendsAsync(string name, CosmosRequestCounter counter, int appends, Func<string, int, Task> append)
    {
        var warmUp = $"bench-append-warmup-{Guid.NewGuid():N}";
        for (var i = 0; i < WarmUp; i++)
        {
            await append(warmUp, i);
        }
        var resident = $"bench-append-{Guid.NewGuid():N}";
        var times = new List<double>(appends);
        counter.Reset();
        for (var i = 0; i < appends; i++)
        {
            var begun = Stopwatch.GetTimestamp();
            await append(resident, i);
            times.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
        }
        double PerAppend(string kind) => (double)counter.Of(kind) / appends;
        return new AppendCost(name, PerAppend(CosmosRequestCounter.Read), PerAppend(CosmosRequestCounter.Query) + PerAppend(CosmosRequestCounter.QueryPlan),
            PerAppend(CosmosRequestCounter.Write), times);
    }

    private static string Summary(List<double> milliseconds) =>
        $"{Percentiles.Of([.. milliseconds], 0.5):F1} / {Percentiles.Of([.. milliseconds], 0.99):F1} / {milliseconds.Max():F1}";
}
