namespace Portal.Contracts.Notices.Agency;

/// <summary>
/// Who a notice reaches within the agency's own area: "everyone", a "segment" by age and/or interest, or one
/// "resident" by the <paramref name="ResidentRef"/> an application to the agency carried. The area is never chosen
/// here: <paramref name="LocalGovernmentCode"/> naming another body is refused (403).
/// </summary>
/// <param name="Values">One resident: what fills the title's and body's <c>((placeholders))</c>; not stored as such.</param>
public sealed record AgencyNoticeAudienceRequest(
    string? Kind, string? LocalGovernmentCode, int? MinAge, int? MaxAge, bool? InterestedOnly,
    string? ResidentRef = null, IReadOnlyDictionary<string, string?>? Values = null);
