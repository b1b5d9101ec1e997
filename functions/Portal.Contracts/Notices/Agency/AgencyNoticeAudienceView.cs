namespace Portal.Contracts.Notices.Agency;

/// <summary>The audience as stored: the area is the agency's own body's code (null for the whole country).</summary>
public sealed record AgencyNoticeAudienceView(string Kind, string? LocalGovernmentCode, int? MinAge, int? MaxAge, bool InterestedOnly);
