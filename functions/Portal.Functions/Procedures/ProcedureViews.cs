using Portal.Contracts.Procedures;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Search;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Functions.Procedures;

/// <summary>The catalog's domain types as the wire DTOs of さがす and agency publishing.</summary>
public static class ProcedureViews
{
    public static ProcedureSearchResponse Search(CatalogSearchPage page) => new(
        [.. page.Result.Hits.Select(Summary)],
        page.Result.Total,
        new SearchFacets(Facets(page.Result.CategoryCounts, Categories.Labels), Facets(page.Result.LifeEventCounts, LifeEvents.Labels)),
        page.ContinuationToken,
        page.Result.Suggestions,
        page.LocalGovernment is { } localGovernment ? LocalGovernment(localGovernment) : null);

    public static ProcedureSummary Summary(SearchHit hit) => new(
        hit.Procedure.Id, hit.Procedure.Name, hit.Procedure.Kana, hit.Procedure.Summary, hit.Procedure.Level,
        Labeled(hit.Procedure.Categories, Categories.Labels), Labeled(hit.Procedure.LifeEvents, LifeEvents.Labels),
        hit.Procedure.OnlineCapable, Offering(hit));

    public static ProcedureDetailView Detail(ProcedureDetail detail)
    {
        var procedure = detail.Hit.Procedure;
        return new ProcedureDetailView(
            procedure.Id, procedure.Name, procedure.Kana, procedure.Summary, procedure.Eligibility, procedure.RequiredDocuments,
            procedure.Fee, procedure.Level, Labeled(procedure.Categories, Categories.Labels), Labeled(procedure.LifeEvents, LifeEvents.Labels),
            procedure.OnlineCapable, procedure.RequiresSignature, Offering(detail.Hit),
            detail.LocalGovernment is { } localGovernment ? LocalGovernment(localGovernment) : null);
    }

    public static LocalGovernmentView LocalGovernment(LocalGovernment l) =>
        new(l.Code, l.Name, l.Kana, l.PrefectureCode, l.PrefectureName, l.Kind, l.ParentCode);

    public static AgencyOfferingSetView AgencySet(PublishingBody body, OfferingSet? set, IReadOnlyDictionary<string, ProcedureTemplate>? templates) => new(
        body.Key, set?.BodyName ?? body.Name, body.Level,
        [.. (set?.Offerings ?? []).Select(o => new AgencyOfferingView(
            o.ProcedureId, templates?.GetValueOrDefault(o.ProcedureId)?.Name, o.Methods, o.PageUrl, o.Contact, o.Note))],
        set?.UpdatedAt, set?.UpdatedBy);

    private static OfferingView? Offering(SearchHit hit) => hit is { Offering: { } offering, OfferedBy: { } offeredBy }
        ? new OfferingView(offeredBy, hit.OfferedByName, offering.Methods, offering.IsOnline, offering.PageUrl, offering.Contact, offering.Note)
        : null;

    private static List<LabeledCode> Labeled(IEnumerable<string> codes, IReadOnlyDictionary<string, string> labels) =>
        [.. codes.Select(code => new LabeledCode(code, labels.GetValueOrDefault(code, code)))];

    /// <summary>In the catalog's own order (the order of <paramref name="labels"/>), not by count: the screen's chips stay put.</summary>
    private static List<FacetCount> Facets(IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, string> labels) =>
        [.. labels.Where(l => counts.GetValueOrDefault(l.Key) > 0).Select(l => new FacetCount(l.Key, l.Value, counts[l.Key]))];
}
