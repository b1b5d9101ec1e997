namespace Portal.Domain.Procedures.Search;

/// <summary>A さがす query. Every filter is optional; without <paramref name="Text"/> the filters list in a sensible order.</summary>
/// <param name="Text">What the resident typed (already length-checked at the edge; normalised by the index).</param>
/// <param name="LocalGovernmentCode">Where the resident lives: results carry that place's offering.</param>
/// <param name="Category">A <see cref="Catalog.Categories"/> code.</param>
/// <param name="LifeEvent">A <see cref="Catalog.LifeEvents"/> code.</param>
/// <param name="OnlineOnly">Only what can be applied for online there (needs a local government).</param>
/// <param name="Offset">Where the page starts (the continuation token carries it).</param>
public sealed record SearchQuery(
    string? Text, string? LocalGovernmentCode, string? Category, string? LifeEvent, bool OnlineOnly, int Offset, int PageSize);
