using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Residents;

/// <summary>One of the resident's applications in GET /api/me/applications.</summary>
/// <param name="ProcedureName">From the catalog; null when the procedure is no longer listed.</param>
/// <param name="LastChangedAt">The latest status change, or the submission when there was none.</param>
/// <param name="LastChange">The latest status change with its comment; null before the first.</param>
public sealed record ResidentApplicationSummary(
    string ReceiptNumber,
    string ProcedureId,
    string? ProcedureName,
    string LocalGovernmentCode,
    string? LocalGovernmentName,
    StatusView Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastChangedAt,
    StatusChangeView? LastChange);
