namespace Portal.Domain.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How long one dependency may take before it counts as down; keeps the probe from hanging.</summary>
    public TimeSpan DependencyTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
