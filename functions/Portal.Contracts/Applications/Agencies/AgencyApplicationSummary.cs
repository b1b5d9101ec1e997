using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Agencies;

/// <summary>One application in an agency's list.</summary>
/// <param name="Revision">The current revision's number (above 1 after corrections).</param>
public sealed record AgencyApplicationSummary(
    string ReceiptNumber,
    string ProcedureId,
    string? ProcedureName,
    StatusView Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastChangedAt,
    int Revision,
    bool Signed);
