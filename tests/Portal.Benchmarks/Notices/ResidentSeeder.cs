using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// Bulk seeding for the benchmark only (the product never writes accounts this way): registered accounts with a card
/// profile, dealt round-robin over <see cref="SeedAreas"/>, ages spread evenly over 0–100 at today's date, and
/// <see cref="Account.AreaKeys"/> set exactly as <c>ProfileService</c> sets them (the address's chain without the
/// national key). One create per account through the SDK (the local server has no bulk or batch), a bounded number
/// in flight. No certificate claims, e-mail or history: nothing a notice reads.
/// </summary>
public sealed class ResidentSeeder(AccountRepository accounts, ResidentAreas areas, LocalGovernmentDirectory directory)
{
    private const int ProgressEvery = 10_000;

    public async Task<SeededResidents> SeedAsync(int count, int concurrency, CancellationToken cancellationToken)
    {
        var bodies = SeedAreas.In(directory);
        var chains = bodies.Select(Chain).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        var first = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var body = bodies[i % bodies.Count];
                var account = Resident(i, body, chains[i % bodies.Count], today, now);
                await accounts.CreateAsync(account, token);
                first.TryAdd(body.Code, account.Id);
                if (Interlocked.Increment(ref done) % ProgressEvery == 0)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    Console.WriteLine($"  seeded {done:N0} residents in {elapsed.TotalSeconds:F0} s ({done / elapsed.TotalSeconds:F0}/s)");
                }
            });
        var perArea = bodies.Select((b, k) => (b.Code, Count: count / bodies.Count + (k < count % bodies.Count ? 1 : 0)))
            .ToDictionary(x => x.Code, x => x.Count, StringComparer.Ordinal);
        return new SeededResidents(count, concurrency, Stopwatch.GetElapsedTime(started), perArea, first);
    }

    /// <summary>The chain as ProfileService resolves it from the address, checked to land on the intended body.</summary>
    private IReadOnlyList<string> Chain(LocalGovernment body)
    {
        var chain = areas.ChainOf(Address(body, 0));
        if (chain.LocalGovernmentCode != body.Code)
        {
            throw new InvalidOperationException($"The address {Address(body, 0)} resolves to {chain.LocalGovernmentCode}, not {body.Code}.");
        }
        return [.. chain.Keys.Where(k => k != AudienceKeys.National)];
    }

    /// <summary>
    /// Resident <paramref name="i"/>: age i mod 101 (so every age 0–100 has about 1% of each body), birthday spread over
    /// the year; a random account id as the product makes them.
    /// </summary>
    private static Account Resident(int i, LocalGovernment body, IReadOnlyList<string> areaKeys, DateOnly today, DateTimeOffset now)
    {
        var age = i % 101;
        var born = today.AddYears(-age).AddDays(-(i / 101 % 365));
        var id = AccountService.NewAccountId();
        return new Account
        {
            Id = id,
            Certificates = [new AccountCertificate("CN=Benchmark JPKI", i.ToString("X8", CultureInfo.InvariantCulture), now)],
            State = AccountStates.Registered,
            CreatedAt = now,
            RegisteredAt = now,
            Profile = new ResidentProfile($"ベンチ 住民{i}", Address(body, i), born, i % 2 == 0 ? "1" : "2", ProfileSources.Card, now, now),
            AreaKeys = areaKeys,
        };
    }

    private static string Address(LocalGovernment body, int i) =>
        $"{body.PrefectureName}{body.Name}本町{i % 9 + 1}-{i % 30 + 1}-{i % 20 + 1}";
}
