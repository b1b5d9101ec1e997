namespace Portal.Domain.Histories.Retention;

/// <summary>What one retention sweep did to 操作履歴 and to やりとり履歴.</summary>
public sealed record HistoryRetentionResult(HistoryRetentionCount Operations, HistoryRetentionCount Exchanges);
