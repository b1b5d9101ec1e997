namespace Portal.Domain.Notices;

/// <summary>
/// Who a notice is for: one of <see cref="NoticeAudienceKinds"/>. An area notice names the body whose residents it
/// reaches (the agency's own body, or for a national agency the country); a segment narrows an area by age and interest.
/// </summary>
/// <param name="Kind">One of <see cref="NoticeAudienceKinds"/>.</param>
/// <param name="LocalGovernmentCode">The area (everyone / segment); null for the whole country or one resident.</param>
/// <param name="MinAge">Segment: the youngest age reached, taken at publishing time; null for no lower bound.</param>
/// <param name="MaxAge">Segment: the oldest age reached; null for no upper bound.</param>
/// <param name="InterestedOnly">Segment: only residents who chose the notice's category as an interest.</param>
/// <param name="ResidentAccountId">One resident: the account the agency's residentRef stood for (never shown to it).</param>
/// <param name="ResidentRef">One resident: the residentRef as the agency gave it, what its views show instead of the account.</param>
public sealed record NoticeAudience(
    string Kind,
    string? LocalGovernmentCode = null,
    int? MinAge = null,
    int? MaxAge = null,
    bool InterestedOnly = false,
    string? ResidentAccountId = null,
    string? ResidentRef = null);
