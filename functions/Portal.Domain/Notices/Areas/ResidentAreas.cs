using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Notices.Areas;

/// <summary>
/// The local government an address is in, matched to the CC0 list: the prefecture the address starts with, then the
/// longest name of one of its municipalities or wards that follows, with a district (郡) in between allowed, since the
/// list omits 郡 ("北海道虻田郡洞爺湖町" is 洞爺湖町). Longest first, so "札幌市中央区" wins over "札幌市".
/// </summary>
public sealed class ResidentAreas(LocalGovernmentDirectory directory)
{
    private readonly Dictionary<string, List<LocalGovernment>> _byPrefecture = directory.All
        .Where(l => l.Kind != LocalGovernmentKinds.Prefecture)
        .GroupBy(l => l.PrefectureCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Name.Length).ToList(), StringComparer.Ordinal);

    /// <summary>The chain of audience keys of the resident living at <paramref name="address"/> (null: no profile).</summary>
    public AreaChain ChainOf(string? address) => Resolve(address) is { } found ? ChainOf(found) : AreaChain.NationalOnly;

    /// <summary>Ward → city → prefecture → national for <paramref name="localGovernment"/>.</summary>
    public AreaChain ChainOf(LocalGovernment localGovernment)
    {
        ArgumentNullException.ThrowIfNull(localGovernment);
        var keys = new List<string> { AudienceKeys.Area(localGovernment.Code) };
        if (localGovernment.ParentCode is { } city)
        {
            keys.Add(AudienceKeys.Area(city));
        }
        if (localGovernment.PrefectureCode != localGovernment.Code)
        {
            keys.Add(AudienceKeys.Area(localGovernment.PrefectureCode));
        }
        keys.Add(AudienceKeys.National);
        return new AreaChain(localGovernment.Code, keys);
    }

    /// <summary>The most specific body <paramref name="address"/> names, or null when the list does not match it.</summary>
    public LocalGovernment? Resolve(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }
        var text = Normalize(address);
        foreach (var prefecture in directory.Prefectures)
        {
            if (!text.StartsWith(prefecture.Name, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = text[prefecture.Name.Length..];
            if (!_byPrefecture.TryGetValue(prefecture.Code, out var candidates))
            {
                return prefecture;
            }
            return candidates.FirstOrDefault(l => rest.StartsWith(l.Name, StringComparison.Ordinal))
                ?? candidates.FirstOrDefault(l => AfterDistrict(rest, l.Name))
                ?? prefecture;
        }
        return null;
    }

    /// <summary>"虻田郡洞爺湖町…": a district name, 郡, then the town or village (never a city: cities are not in districts).</summary>
    private static bool AfterDistrict(string rest, string name)
    {
        var district = rest.IndexOf('郡', StringComparison.Ordinal);
        return district > 0 && district <= 6 && (name.EndsWith('町') || name.EndsWith('村'))
            && rest.AsSpan(district + 1).StartsWith(name, StringComparison.Ordinal);
    }

    /// <summary>The card's address may hold ideographic or ASCII spaces between its parts.</summary>
    private static string Normalize(string address) =>
        string.Concat(address.Where(c => !char.IsWhiteSpace(c)));
}
