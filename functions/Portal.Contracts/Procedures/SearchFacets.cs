namespace Portal.Contracts.Procedures;

/// <summary>Facet counts over every match, in the catalog's display order; codes without matches are left out.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Categories, IReadOnlyList<FacetCount> LifeEvents);
