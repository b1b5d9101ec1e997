using System.Text.Json.Nodes;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;

namespace Portal.Benchmarks.Information;

/// <summary>
/// Records as the agencies' PUTs store them (written through the repository, as <c>AgencyInformationService</c> does
/// after validating: versions numbered from 1, a correction marks the one it replaces superseded), 7 years back from
/// today: for the measured resident one record a month in each of 8 categories from 5 providers, every tenth one
/// corrected once; for the others one record a year per category.
/// </summary>
public sealed class InformationSeeder(InformationRecordRepository records, IReadOnlyList<InformationCategory> categories)
{
    public const int Years = 7;

    public const int Categories = 8;

    public const int Providers = 5;

    private const int Concurrency = 32;

    /// <summary>The measured resident's records; returns how many versions were stored.</summary>
    public async Task<int> SeedMonthlyAsync(string accountId, DateOnly today)
    {
        var months = Years * 12;
        var monthly = Enumerable.Range(0, Categories).SelectMany(c => Enumerable.Range(0, months).Select(m => (c, m))).ToList();
        var corrected = 0;
        await Parallel.ForEachAsync(monthly, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (r, token) =>
        {
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-months + r.m);
            await CreateAsync(accountId, r.c, $"m{r.m:D3}", 1, from, from.AddMonths(1).AddDays(-1), token);
            if (r.m % 10 == 0)
            {
                var first = await records.LatestAsync(accountId, Body(r.c), categories[r.c].Id, $"m{r.m:D3}", token);
                await records.MarkSupersededAsync(first!, DateTimeOffset.UtcNow, token);
                await CreateAsync(accountId, r.c, $"m{r.m:D3}", 2, from, from.AddMonths(1).AddDays(-1), token);
                Interlocked.Increment(ref corrected);
            }
        });
        return monthly.Count + corrected;
    }

    /// <summary>Another resident's records, one a year per category; returns how many were stored.</summary>
    public async Task<int> SeedYearlyAsync(IReadOnlyList<string> accountIds, DateOnly today)
    {
        var records = accountIds.SelectMany(a => Enumerable.Range(0, Categories).SelectMany(c => Enumerable.Range(0, Years).Select(y => (a, c, y)))).ToList();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (r, token) =>
        {
            var from = new DateOnly(today.Year - Years + r.y, 4, 1);
            await CreateAsync(r.a, r.c, $"y{r.y}", 1, from, from.AddYears(1).AddDays(-1), token);
        });
        return records.Count;
    }

    private static string Body(int category) => $"bench-body-{category % Providers + 1}";

    private Task<InformationRecord> CreateAsync(
        string accountId, int category, string recordId, int version, DateOnly from, DateOnly to, CancellationToken token)
    {
        var body = Body(category);
        var categoryId = categories[category].Id;
        return records.CreateAsync(new InformationRecord
        {
            Id = InformationRecord.IdOf(body, categoryId, recordId, version), ResidentId = accountId, Body = body,
            BodyKind = "municipality", ProviderName = $"ベンチマーク提供機関 {category % Providers + 1}", Category = categoryId,
            RecordId = recordId, Version = version, ValidFrom = from, ValidTo = to,
            Data = new JsonObject { ["note"] = $"ベンチマーク {recordId} v{version}" }, RecordedAt = DateTimeOffset.UtcNow,
        }, token);
    }
}
