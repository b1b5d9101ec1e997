using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Home;

/// <summary>An application in progress.</summary>
/// <param name="ProcedureName">From the catalog; null when the procedure is no longer listed.</param>
public sealed record HomeApplicationView(
    string ReceiptNumber, string ProcedureId, string? ProcedureName, string LocalGovernmentCode, StatusView Status, DateTimeOffset SubmittedAt);
