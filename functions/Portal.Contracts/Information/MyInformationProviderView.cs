namespace Portal.Contracts.Information;

/// <summary>A body that holds records of the category (its registered name and kind).</summary>
public sealed record MyInformationProviderView(string Name, string Kind, IReadOnlyList<MyInformationRecordView> Records);
