namespace Portal.Contracts.OperationHistory;

/// <summary>A page of 操作履歴, newest first; pass <paramref name="ContinuationToken"/> back for the next (null = last page).</summary>
public sealed record OperationPage(IReadOnlyList<OperationEntry> Items, string? ContinuationToken);
