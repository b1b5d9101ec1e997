using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Tests.Procedures.Search;

/// <summary>The real embedded catalog (every template, every local government, the seeded offerings), indexed once for the relevance suites.</summary>
internal static class RealCatalog
{
    public const string Arakawa = "131181";

    public static CatalogSnapshot Snapshot { get; } = new(ProcedureTemplateCatalog.Load(),
        OfferingGenerator.Generate(LocalGovernmentCatalog.Load(), ProcedureTemplateCatalog.Load()), LocalGovernmentCatalog.Load());

    public static CatalogIndex Index { get; } = CatalogIndex.Build(Snapshot);

    /// <returns>The ids of the first three hits for what a resident of 荒川区 typed.</returns>
    public static IReadOnlyList<string> Top3(string typed) =>
        Index.Search(new SearchQuery(typed, Arakawa, null, null, false, 0, 3)).Hits.Select(h => h.Procedure.Id).ToList();
}
