namespace Portal.Contracts.Procedures;

/// <summary>
/// GET /api/procedures: a ranked page. Nothing found is a normal answer with <paramref name="Suggestions"/> to try.
/// Pass <paramref name="ContinuationToken"/> back as <c>page</c> for the next page (null = last page); after the catalog
/// changes, an old token starts again from the first page.
/// </summary>
public sealed record ProcedureSearchResponse(
    IReadOnlyList<ProcedureSummary> Items,
    int Total,
    SearchFacets Facets,
    string? ContinuationToken,
    IReadOnlyList<string> Suggestions,
    LocalGovernmentView? LocalGovernment);
