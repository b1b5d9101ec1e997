namespace Portal.Domain.Storage;

/// <summary>One page of a query; pass <see cref="ContinuationToken"/> back for the next (null = last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
