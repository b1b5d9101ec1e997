namespace Portal.Benchmarks.Information;

/// <summary>The figures of <c>information-report</c>.</summary>
/// <param name="Stored">Record versions in the resident's partition (current and superseded).</param>
/// <param name="ContainerRecords">Record versions seeded into the container, every resident's.</param>
/// <param name="RecordsPerRead">Records the timed reads returned (min, max): what one asOf day shows.</param>
public sealed record InformationLatency(
    int Stored, int ContainerRecords, TimeSpan SeedTime, (int Min, int Max) RecordsPerRead, IReadOnlyList<double> ReadMilliseconds);
