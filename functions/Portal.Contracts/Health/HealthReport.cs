namespace Portal.Contracts.Health;

/// <summary>Answer of <c>GET /api/health</c>: overall state and one entry per dependency.</summary>
public sealed record HealthReport(string Status, IReadOnlyList<DependencyHealth> Dependencies)
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";
}
