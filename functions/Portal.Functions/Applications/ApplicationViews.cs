using Functions.Http.Preconditions;
using System.Text.Json;
using Portal.Contracts.Applications.History;
using Portal.Contracts.Applications.Residents;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Storage;

namespace Portal.Functions.Applications;

/// <summary>Applications as the resident reads them: names from the catalog, statuses as code and Japanese label.</summary>
internal static class ApplicationViews
{
    public static StatusView Status(ApplicationStatus status) => new(ApplicationStatusCodes.Of(status), ApplicationStatusLabels.Of(status));

    public static StatusChangeView Change(StatusChange change) => new(change.From is { } from ? Status(from) : null, Status(change.To), change.At,
        change.Actor == StatusActor.Agency ? "agency" : "resident", change.Comment);

    public static DateTimeOffset SubmittedAt(Application a) => a.Revisions[0].SubmittedAt;

    public static DateTimeOffset LastChangedAt(Application a) => a.History.Count > 0 ? a.History[^1].At : a.CreatedAt;

    public static string? ProcedureName(CatalogHost catalog, string procedureId) =>
        catalog.Current?.TemplatesById.GetValueOrDefault(procedureId)?.Name;

    public static ResidentApplicationSummary Summary(Application a, CatalogHost catalog) => new(a.Id, a.ProcedureId,
        ProcedureName(catalog, a.ProcedureId), a.LocalGovernmentCode, catalog.LocalGovernments.Find(a.LocalGovernmentCode)?.Name,
        Status(a.Status), SubmittedAt(a), LastChangedAt(a), a.History.Count > 0 ? Change(a.History[^1]) : null);

    public static ResidentApplicationDetail Detail(Stored<Application> stored, CatalogHost catalog)
    {
        var a = stored.Document;
        return new ResidentApplicationDetail(a.Id, a.ProcedureId, ProcedureName(catalog, a.ProcedureId), a.FormId,
            a.LocalGovernmentCode, catalog.LocalGovernments.Find(a.LocalGovernmentCode)?.Name, Status(a.Status),
            StatusTransitions.IsAllowed(a.Status, ApplicationStatus.Withdrawn, StatusActor.Resident),
            SubmittedAt(a), LastChangedAt(a), [.. a.History.Select(Change)],
            [.. a.Revisions.Select(r => new RevisionSummaryView(r.Number, r.SubmittedAt, r.FormVersion, r.Cms is not null,
                [.. r.Attachments.Select(f => f.Name)]))],
            Answers(a.Current), EntityTags.Strong(stored.ETag));
    }

    /// <summary>The parsed canonical document.</summary>
    public static JsonElement Document(ApplicationRevision revision)
    {
        using var parsed = JsonDocument.Parse(Convert.FromBase64String(revision.Document));
        return parsed.RootElement.Clone();
    }

    /// <summary>The form's answers ("data") from the canonical document.</summary>
    public static JsonElement? Answers(ApplicationRevision revision) =>
        Document(revision).TryGetProperty("data", out var data) ? data : null;
}
