namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The audience an agency asked for. It never chooses the area: that is always its token's own body
/// (<see cref="AgencyArea"/>); a <paramref name="LocalGovernmentCode"/> naming another body is refused.
/// </summary>
public sealed record NoticeAudienceRequest(
    string? Kind, string? LocalGovernmentCode = null, int? MinAge = null, int? MaxAge = null, bool? InterestedOnly = null);
