namespace Portal.Benchmarks;

/// <summary>Nearest-rank percentiles of timed samples, the same in every report.</summary>
public static class Percentiles
{
    /// <param name="p">0 to 1 (0.99 for p99).</param>
    public static double Of(IReadOnlyCollection<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
