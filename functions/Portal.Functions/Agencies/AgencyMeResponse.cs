namespace Portal.Functions.Agencies;

/// <summary>GET /api/agency/me: the calling agency as the portal knows it. Exactly one of the three binding ids is set.</summary>
public sealed record AgencyMeResponse(
    string ClientId, string Name, string? LocalGovernmentCode, string? NationalAgencyId, IReadOnlyList<string> Scopes)
{
    /// <summary>A health insurer's 保険者番号.</summary>
    public string? InsurerNumber { get; init; }
}
