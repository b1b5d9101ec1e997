using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Procedures.Serving;

/// <summary>One page of さがす with the token for the next (null on the last page).</summary>
public sealed record CatalogSearchPage(SearchResult Result, LocalGovernment? LocalGovernment, string? ContinuationToken);
