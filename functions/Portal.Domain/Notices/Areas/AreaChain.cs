namespace Portal.Domain.Notices.Areas;

/// <summary>
/// Where a resident is reachable by area notices, most specific first: the ward of a designated city, the city, the
/// prefecture, then the whole country. Each entry is a notice partition's audience key (<see cref="AudienceKeys"/>).
/// A resident whose address is unknown (no card profile, or one the list does not match) has only the national entry.
/// </summary>
/// <param name="LocalGovernmentCode">The most specific body the address names; null when unknown.</param>
/// <param name="Keys">Audience keys, most specific first, ending with <see cref="AudienceKeys.National"/>.</param>
public sealed record AreaChain(string? LocalGovernmentCode, IReadOnlyList<string> Keys)
{
    public static AreaChain NationalOnly { get; } = new(null, [AudienceKeys.National]);
}
