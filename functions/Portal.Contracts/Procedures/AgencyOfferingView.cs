namespace Portal.Contracts.Procedures;

/// <summary>One of the agency's own offerings, with the procedure's name for display.</summary>
public sealed record AgencyOfferingView(
    string ProcedureId, string? ProcedureName, IReadOnlyList<string> Methods, string? PageUrl, string? Contact, string? Note);
