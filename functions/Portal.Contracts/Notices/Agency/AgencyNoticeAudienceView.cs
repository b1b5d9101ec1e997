namespace Portal.Contracts.Notices.Agency;

/// <summary>
/// The audience as stored: the area is the agency's own body's code (null for the whole country); a personal notice
/// shows the <paramref name="ResidentRef"/> the agency addressed it to, and nothing else about the resident.
/// </summary>
public sealed record AgencyNoticeAudienceView(
    string Kind, string? LocalGovernmentCode, int? MinAge, int? MaxAge, bool InterestedOnly, string? ResidentRef = null);
