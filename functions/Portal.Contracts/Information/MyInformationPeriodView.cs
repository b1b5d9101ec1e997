namespace Portal.Contracts.Information;

public sealed record MyInformationPeriodView(DateOnly From, DateOnly To, IReadOnlyList<MyInformationCategoryView> Categories);
