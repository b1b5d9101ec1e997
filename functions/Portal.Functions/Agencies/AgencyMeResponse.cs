namespace Portal.Functions.Agencies;

/// <summary>GET /api/agency/me: the calling agency as the portal knows it. Exactly one of the two binding ids is set.</summary>
public sealed record AgencyMeResponse(
    string ClientId, string Name, string? LocalGovernmentCode, string? NationalAgencyId, IReadOnlyList<string> Scopes);
