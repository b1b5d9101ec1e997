using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Search;

/// <summary>The whole catalog as loaded from Cosmos (templates, every body's offerings) plus the local governments.</summary>
public sealed record CatalogSnapshot(
    IReadOnlyList<ProcedureTemplate> Templates, IReadOnlyList<OfferingSet> OfferingSets, LocalGovernmentDirectory LocalGovernments);
