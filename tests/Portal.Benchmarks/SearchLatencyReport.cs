using System.Diagnostics;
using Portal.Domain.Procedures.Search;

namespace Portal.Benchmarks;

/// <summary>
/// Side by side in one run: per-query latency p50/p99 of the 50 fixed queries (interleaved, so both engines share the
/// machine's noise), index build time (median of 5) and memory (allocated while building, retained after a full GC).
/// </summary>
public static class SearchLatencyReport
{
    private const int Rounds = 200;

    public static void Run()
    {
        var snapshot = SearchBenchmarkData.Snapshot;
        var queries = SearchBenchmarkData.Queries;
        Console.WriteLine($"Catalog: {snapshot.Templates.Count} templates, {snapshot.OfferingSets.Count} offering sets, " +
            $"{SearchBenchmarkData.OfferingCount} offerings, {snapshot.LocalGovernments.All.Count} local governments; {queries.Count} queries × {Rounds} rounds");

        var (indexBuild, indexAllocated, indexRetained, index) = MeasureBuild(() => CatalogIndex.Build(snapshot));
        var (luceneBuild, luceneAllocated, luceneRetained, lucene) = MeasureBuild(() => new LuceneCatalogSearch(snapshot));

        for (var i = 0; i < 20; i++)
            foreach (var query in queries)
            {
                index.Search(query);
                lucene.Search(query);
            }
        var ours = new List<double>(Rounds * queries.Count);
        var theirs = new List<double>(Rounds * queries.Count);
        for (var round = 0; round < Rounds; round++)
            foreach (var query in queries)
            {
                ours.Add(Time(() => index.Search(query)));
                theirs.Add(Time(() => lucene.Search(query)));
            }
        lucene.Dispose();

        Console.WriteLine();
        Console.WriteLine("| | CatalogIndex | Lucene.Net (CJKAnalyzer, RAMDirectory) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| Search p50 | {Percentiles.Of(ours, 0.50):F1} µs | {Percentiles.Of(theirs, 0.50):F1} µs |");
        Console.WriteLine($"| Search p99 | {Percentiles.Of(ours, 0.99):F1} µs | {Percentiles.Of(theirs, 0.99):F1} µs |");
        Console.WriteLine($"| Search max | {ours.Max():F1} µs | {theirs.Max():F1} µs |");
        Console.WriteLine($"| Build (median of 5) | {indexBuild:F1} ms | {luceneBuild:F1} ms |");
        Console.WriteLine($"| Build allocated | {indexAllocated / 1048576.0:F1} MB | {luceneAllocated / 1048576.0:F1} MB |");
        Console.WriteLine($"| Retained after build | {indexRetained / 1048576.0:F1} MB | {luceneRetained / 1048576.0:F1} MB |");
    }

    private static (double Milliseconds, long Allocated, long Retained, T Built) MeasureBuild<T>(Func<T> build)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var built = build();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            (built as IDisposable)?.Dispose();
        }
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = build();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        return (Percentiles.Of(times, 0.5), allocated, retained, result);
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}
