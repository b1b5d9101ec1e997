namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The audience an agency asked for. It never chooses the area: that is always its token's own body
/// (<see cref="AgencyArea"/>); a <paramref name="LocalGovernmentCode"/> naming another body is refused.
/// </summary>
/// <param name="ResidentRef">One resident: the agency's own residentRef, resolved only within its own body.</param>
/// <param name="Values">One resident: what fills the <c>((placeholders))</c> of the title and body (<see cref="NoticeTemplates"/>).</param>
public sealed record NoticeAudienceRequest(
    string? Kind, string? LocalGovernmentCode = null, int? MinAge = null, int? MaxAge = null, bool? InterestedOnly = null,
    string? ResidentRef = null, IReadOnlyDictionary<string, string?>? Values = null);
