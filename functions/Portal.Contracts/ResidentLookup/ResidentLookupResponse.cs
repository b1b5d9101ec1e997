namespace Portal.Contracts.ResidentLookup;

/// <summary>The resident as the asking agency knows them: its own residentRef (another agency gets another one).</summary>
public sealed record ResidentLookupResponse(string ResidentRef);
