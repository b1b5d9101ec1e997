using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Agencies;

/// <summary>One application in an agency's list.</summary>
/// <param name="ResidentRef">The applicant as this body knows them (pairwise: another body gets another ref); what a
/// personal notice is addressed to. Null for applications received before refs existed.</param>
/// <param name="Revision">The current revision's number (above 1 after corrections).</param>
public sealed record AgencyApplicationSummary(
    string ReceiptNumber,
    string ProcedureId,
    string? ProcedureName,
    StatusView Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastChangedAt,
    int Revision,
    bool Signed,
    string? ResidentRef);
