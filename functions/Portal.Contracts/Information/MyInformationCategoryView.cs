namespace Portal.Contracts.Information;

public sealed record MyInformationCategoryView(string Id, string Name, string Group, IReadOnlyList<MyInformationProviderView> Providers);
