using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// Splits a large audience into fan-out chains that page through their residents independently, so a notice to a
/// prefecture or the whole country runs as many queue messages at a time as the host scales to, not one page after
/// another. Each registered account falls in exactly one chain of its notice:
/// <list type="bullet">
/// <item>a prefecture: one chain per municipality (a designated city is one chain, its wards included, since their
/// residents hold the city's key), plus one for residents placed in the prefecture but in none of its municipalities;</item>
/// <item>the whole country: one chain per prefecture, plus <see cref="Unplaced"/> for accounts without an area (no card
/// profile, or an address the list does not match), which only national notices reach;</item>
/// <item>anything smaller (a municipality, a ward): one chain, <c>null</c>, the audience key itself.</item>
/// </list>
/// A chain is named by the code of the body whose residents it reads, so the same notice always gives the same chains
/// and page ids (<see cref="NoticeFanOutPage.PageId"/>).
/// </summary>
public sealed class NoticeFanOutChains(LocalGovernmentDirectory directory)
{
    /// <summary>The chain of a national notice reading the accounts without an area.</summary>
    public const string Unplaced = "unplaced";

    private readonly Dictionary<string, string?[]> _byPrefectureKey = directory.Prefectures.ToDictionary(
        p => AudienceKeys.Area(p.Code),
        p => directory.All.Where(l => l.PrefectureCode == p.Code && l.Code != p.Code && l.ParentCode is null)
            .Select(l => (string?)l.Code).Append(p.Code).ToArray(),
        StringComparer.Ordinal);

    /// <summary>The chains of a notice to <paramref name="audienceKey"/>; <c>[null]</c> when it is not split.</summary>
    public IReadOnlyList<string?> Of(string audienceKey) =>
        audienceKey == AudienceKeys.National ? [.. directory.Prefectures.Select(p => p.Code), Unplaced]
        : _byPrefectureKey.TryGetValue(audienceKey, out var chains) ? chains
        : [null];
}
