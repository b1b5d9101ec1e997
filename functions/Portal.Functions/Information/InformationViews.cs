using Portal.Contracts.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;

namespace Portal.Functions.Information;

/// <summary>The catalogue as published, and a record as its providing body sees it (whole: it is what the body sent).</summary>
public static class InformationViews
{
    public static InformationCatalogueView Catalogue(InformationCatalogue catalogue) => new(
        [.. catalogue.Groups.Select(g => new InformationGroupView(g.Id, g.Name))],
        [.. catalogue.Categories.Select(c => new InformationCategoryView(c.Id, c.Number, c.Name, c.Group, c.Providers,
            [.. c.Labels.Select(l => new InformationFieldView(l.Key, l.Value, c.Masked.Contains(l.Key)))]))]);

    public static AgencyInformationRecordView Agency(InformationRecord record) => new(
        record.RecordId, record.Category, record.Version, record.ValidFrom, record.ValidTo, record.Withheld, record.Data,
        record.RecordedAt, record.Current, record.SupersededAt);
}
