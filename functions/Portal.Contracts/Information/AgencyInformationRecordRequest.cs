using System.Text.Json.Nodes;

namespace Portal.Contracts.Information;

/// <summary>PUT /api/agency/information/{residentRef}/{category}/{recordId}: days as yyyy-MM-dd (validTo inclusive, optional).</summary>
/// <param name="Withheld">不開示: then no <paramref name="Data"/> (it is refused), and residents see only that a record exists.</param>
public sealed record AgencyInformationRecordRequest(string? ValidFrom, string? ValidTo, JsonNode? Data, bool? Withheld);
