namespace Portal.Contracts.Applications.Agencies;

/// <summary>POST /api/agency/applications/{receiptNumber}/status.</summary>
/// <param name="Status">The new status code ("accepted", "under-review", ...).</param>
/// <param name="Comment">Shown to the resident; required for "correction-requested" and "rejected".</param>
public sealed record AgencyStatusChangeRequest(string? Status, string? Comment);
