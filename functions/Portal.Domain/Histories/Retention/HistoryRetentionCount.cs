namespace Portal.Domain.Histories.Retention;

/// <summary>What one sweep did to one history: chains trimmed, entries deleted, chains that failed (tried again next run).</summary>
public sealed record HistoryRetentionCount(int Residents, long Entries, int Failed);
