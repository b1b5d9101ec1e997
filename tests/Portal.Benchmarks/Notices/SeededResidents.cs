namespace Portal.Benchmarks.Notices;

/// <summary>What the seeder wrote: how many, how fast, and one account id per body (the inbox picks its resident there).</summary>
/// <param name="PerArea">Residents per body, by local government code.</param>
/// <param name="FirstByArea">The first resident seeded in each body, by local government code.</param>
public sealed record SeededResidents(int Count, int Concurrency, TimeSpan Elapsed, IReadOnlyDictionary<string, int> PerArea,
    IReadOnlyDictionary<string, string> FirstByArea)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
