namespace Portal.Contracts.Information;

/// <summary>回答詳細 of one record: labelled items, or for a withheld one only 不開示 and no items at all.</summary>
/// <param name="Disclosure">開示 or 不開示.</param>
public sealed record MyInformationRecordView(
    string RecordId, DateOnly ValidFrom, DateOnly? ValidTo, bool Withheld, string Disclosure,
    IReadOnlyList<MyInformationItemView>? Items, DateTimeOffset RecordedAt);
