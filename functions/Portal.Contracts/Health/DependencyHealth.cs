namespace Portal.Contracts.Health;

/// <summary>The state of one dependency. <paramref name="Reason"/> is a short code, never an exception text.</summary>
public sealed record DependencyHealth(string Name, string Status, long DurationMs, string? Reason = null);
