using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Agencies;

/// <summary>GET /api/agency/applications/{receiptNumber}: the current revision first, every revision, the history.</summary>
/// <param name="ResidentRef">The applicant as this body knows them; see <see cref="AgencyApplicationSummary"/>.</param>
/// <param name="ETag">The version (also the ETag header): send it back as If-Match with a status change.</param>
public sealed record AgencyApplicationDetail(
    string ReceiptNumber,
    string LocalGovernmentCode,
    string ProcedureId,
    string? ProcedureName,
    string FormId,
    StatusView Status,
    DateTimeOffset SubmittedAt,
    AgencyRevisionView Current,
    IReadOnlyList<AgencyRevisionView> Revisions,
    IReadOnlyList<StatusChangeView> History,
    string ETag,
    string? ResidentRef);
