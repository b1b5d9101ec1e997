using Portal.Domain.Exchanges;
using Portal.Domain.Histories;

namespace Portal.Benchmarks.Exchanges;

/// <summary>
/// Exchange records written through the resident's chain directly (<see cref="HashChain{T}.AppendAsync"/>, what
/// <see cref="ExchangeRecordWriter"/> ends in, without the agencies' logs and the redelivery check), their times
/// spread evenly over the 7 years up to now, oldest first, so every chain is as the writer would have left it.
/// </summary>
public sealed class ExchangeSeeder(ExchangeHistoryStore store)
{
    public const int OthersRecords = 10;

    private const int Concurrency = 32;

    /// <summary>Appends <paramref name="count"/> records to one resident's chain, one after the other (a chain is sequential).</summary>
    public async Task SeedAsync(string residentId, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var step = (ExchangeRetention.Period - TimeSpan.FromDays(1)) / count;
        var first = now - ExchangeRetention.Period + TimeSpan.FromDays(1);
        for (var i = 0; i < count; i++)
        {
            var at = first + (step * i);
            await store.Chain.AppendAsync(residentId, sequence => ExchangeRecord.From(Exchange(residentId, at, i), sequence), cancellationToken);
        }
    }

    /// <summary>Other residents' chains, <see cref="OthersRecords"/> records each, many residents at once.</summary>
    public Task SeedOthersAsync(IReadOnlyList<string> residentIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(residentIds, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (resident, token) => await SeedAsync(resident, OthersRecords, now, token));

    /// <summary>An exchange as an agency's 情報照会 makes it; every seventh withheld, every eleventh refused.</summary>
    public static ExchangeEvent Exchange(string residentId, DateTimeOffset at, int i) =>
        new($"{HistoryQueryText.TimeKey(at)}-{Guid.NewGuid():N}", residentId, at, ExchangeKinds.Exchange,
            new ExchangeParty($"bench-requester-{i % 5}", $"ベンチマーク照会機関 {i % 5}"), $"rr_bench_requester_{i % 5}",
            new ExchangeParty($"bench-provider-{i % 3}", $"ベンチマーク提供機関 {i % 3}"), $"rr_bench_provider_{i % 3}",
            "tax-income", "child-allowance-eligibility", null, i % 7 == 0,
            i % 11 == 0 ? ExchangeOutcomes.Refused : ExchangeOutcomes.Provided);
}
