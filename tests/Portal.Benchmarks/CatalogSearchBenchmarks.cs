using BenchmarkDotNet.Attributes;
using Portal.Domain.Procedures.Search;

namespace Portal.Benchmarks;

/// <summary>
/// さがす: <see cref="CatalogIndex"/> against Lucene.Net over the full seeded catalog — index build, and the fixed 50
/// queries (one operation answers all 50). Per-query p50/p99 and retained memory: <see cref="SearchLatencyReport"/>
/// (<c>dotnet run -c Release -- search-report</c>).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CatalogSearchBenchmarks
{
    private CatalogSnapshot _snapshot = null!;
    private CatalogIndex _index = null!;
    private LuceneCatalogSearch _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = SearchBenchmarkData.Snapshot;
        _index = CatalogIndex.Build(_snapshot);
        _lucene = new LuceneCatalogSearch(_snapshot);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true)]
    public CatalogIndex Build_CatalogIndex() => CatalogIndex.Build(_snapshot);

    [Benchmark]
    public int Build_Lucene()
    {
        using var lucene = new LuceneCatalogSearch(_snapshot);
        return 1;
    }

    [Benchmark]
    public int Search50_CatalogIndex()
    {
        var total = 0;
        foreach (var query in SearchBenchmarkData.Queries)
            total += _index.Search(query).Total;
        return total;
    }

    [Benchmark]
    public int Search50_Lucene()
    {
        var total = 0;
        foreach (var query in SearchBenchmarkData.Queries)
            total += _lucene.Search(query).Total;
        return total;
    }
}
