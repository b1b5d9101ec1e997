namespace Portal.Contracts.Exchanges;

/// <summary>A page of やりとり履歴, newest first; pass <paramref name="ContinuationToken"/> back for the next (null = last page).</summary>
public sealed record ExchangePage(IReadOnlyList<ExchangeEntry> Items, string? ContinuationToken);
