namespace Portal.Domain.Procedures.Serving;

/// <summary>さがす as the edge received it: raw strings, checked by <see cref="CatalogSearchService"/>.</summary>
public sealed record CatalogSearchRequest(
    string? Text, string? LocalGovernmentCode, string? Category, string? LifeEvent, string? Online, string? Page);
