namespace Portal.Domain.Procedures.Search;

/// <summary>A page of results with facet counts over ALL matches (not only the page).</summary>
/// <param name="NextOffset">Where the next page starts; null on the last page.</param>
/// <param name="Suggestions">Keywords to try when nothing (or little) matched.</param>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<string, int> CategoryCounts,
    IReadOnlyDictionary<string, int> LifeEventCounts,
    int? NextOffset,
    IReadOnlyList<string> Suggestions);
