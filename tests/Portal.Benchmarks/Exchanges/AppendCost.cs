namespace Portal.Benchmarks.Exchanges;

/// <summary>One kind of append as <c>exchanges-report</c> measured it: requests per append by kind, and each append's time.</summary>
public sealed record AppendCost(string Name, double Reads, double Queries, double Writes, IReadOnlyList<double> Milliseconds);
