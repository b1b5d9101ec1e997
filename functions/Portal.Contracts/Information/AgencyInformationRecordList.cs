namespace Portal.Contracts.Information;

/// <summary>GET /api/agency/information/{residentRef}/{category}: the caller's own records, every version, by record then newest version.</summary>
public sealed record AgencyInformationRecordList(IReadOnlyList<AgencyInformationRecordView> Items);
