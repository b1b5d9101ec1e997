using System.Collections.Concurrent;

namespace Portal.Operator.Catalog;

/// <summary>How many documents of one kind ended how; safe to add to from parallel writers.</summary>
internal sealed class SeedCounts
{
    private readonly ConcurrentDictionary<SeedOutcome, int> _counts = new();

    public void Add(SeedOutcome outcome) => _counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public int this[SeedOutcome outcome] => _counts.GetValueOrDefault(outcome);

    public int Total => _counts.Values.Sum();
}
