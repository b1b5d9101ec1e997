using System.Text.Json;
using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Residents;

/// <summary>GET /api/me/applications/{receiptNumber}: the status history, the revisions and the current answers.</summary>
/// <param name="Data">The current revision's form answers, as signed.</param>
/// <param name="ETag">The version (also the ETag header): send it back as If-Match to withdraw only this state.</param>
public sealed record ResidentApplicationDetail(
    string ReceiptNumber,
    string ProcedureId,
    string? ProcedureName,
    string FormId,
    string LocalGovernmentCode,
    string? LocalGovernmentName,
    StatusView Status,
    bool Withdrawable,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastChangedAt,
    IReadOnlyList<StatusChangeView> History,
    IReadOnlyList<RevisionSummaryView> Revisions,
    JsonElement? Data,
    string ETag);
