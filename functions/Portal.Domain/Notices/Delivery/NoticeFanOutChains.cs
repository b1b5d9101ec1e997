using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// Splits a large audience into fan-out chains that page through their residents independently, so a notice to a
/// prefecture, a designated city or the whole country runs as many queue messages at a time as the host scales to, not
/// one page after another. Each registered account falls in exactly one chain of its notice:
/// <list type="bullet">
/// <item>a prefecture or a designated city: one chain per body in it, down to the wards (a city of a million is some
/// twenty chains, not one), each reading the residents whose most specific area that body is, plus one for those placed
/// in the audience's own body but in none of its parts;</item>
/// <item>the whole country: one chain per prefecture (every resident placed in it), plus <see cref="Unplaced"/> for
/// accounts without an area (no card profile, or an address the list does not match), which only national notices
/// reach;</item>
/// <item>anything smaller (a municipality without wards, a ward): one chain, <c>null</c>, the audience key itself.</item>
/// </list>
/// A chain is named by the code of the body whose residents it reads, so the same notice always gives the same chains
/// and page ids (<see cref="NoticeFanOutPage.PageId"/>).
/// </summary>
public sealed class NoticeFanOutChains(LocalGovernmentDirectory directory)
{
    /// <summary>The chain of a national notice reading the accounts without an area.</summary>
    public const string Unplaced = "unplaced";

    private readonly Dictionary<string, string?[]> _bySplitKey = directory.All
        .Where(l => l.Kind is LocalGovernmentKinds.Prefecture or LocalGovernmentKinds.DesignatedCity)
        .ToDictionary(
            l => AudienceKeys.Area(l.Code),
            l => (l.Kind == LocalGovernmentKinds.Prefecture ? directory.All.Where(p => p.PrefectureCode == l.Code) : directory.WardsOf(l.Code))
                .Where(p => p.Code != l.Code).Select(p => (string?)p.Code).Append(l.Code).ToArray(),
            StringComparer.Ordinal);

    /// <summary>The chains of a notice to <paramref name="audienceKey"/>; <c>[null]</c> when it is not split.</summary>
    public IReadOnlyList<string?> Of(string audienceKey) =>
        audienceKey == AudienceKeys.National ? [.. directory.Prefectures.Select(p => p.Code), Unplaced]
        : _bySplitKey.TryGetValue(audienceKey, out var chains) ? chains
        : [null];
}
