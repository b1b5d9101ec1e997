namespace Portal.Operator.Catalog;

/// <summary>What seeding did with one document.</summary>
internal enum SeedOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>An agency changed its own set since it was seeded: its version stays.</summary>
    KeptAgencyChange,
}
