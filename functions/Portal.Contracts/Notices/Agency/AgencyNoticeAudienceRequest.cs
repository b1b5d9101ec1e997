namespace Portal.Contracts.Notices.Agency;

/// <summary>
/// Who a notice reaches within the agency's own area: "everyone", or a "segment" by age and/or interest. The area is
/// never chosen here: <paramref name="LocalGovernmentCode"/> naming another body is refused (403).
/// </summary>
public sealed record AgencyNoticeAudienceRequest(
    string? Kind, string? LocalGovernmentCode, int? MinAge, int? MaxAge, bool? InterestedOnly);
