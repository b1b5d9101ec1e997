namespace Portal.Contracts.Information;

/// <summary>GET /api/information/categories: わたしの情報's groups and categories (分野項目), in the list's order.</summary>
public sealed record InformationCatalogueView(IReadOnlyList<InformationGroupView> Groups, IReadOnlyList<InformationCategoryView> Categories);
