using Portal.Domain.Identity;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.ExternalSites.Sites;

/// <summary>
/// The scopes an external site may be registered for and ask for: <c>openid</c>, the card profile's attributes under
/// their OIDC standard claim names (OIDC Core §5.1), and <c>information:&lt;category&gt;</c> for one category of
/// わたしの情報 (the catalogue's ids). Never a resident scope such as <c>portal</c>: a site acts through its own API.
/// </summary>
public static class SiteScopes
{
    public const string OpenId = PortalScopes.OpenId;

    /// <summary>氏名 (the card's name).</summary>
    public const string Name = "name";

    /// <summary>住所 (the card's address).</summary>
    public const string Address = "address";

    /// <summary>生年月日.</summary>
    public const string Birthdate = "birthdate";

    /// <summary>性別.</summary>
    public const string Gender = "gender";

    public const string InformationPrefix = "information:";

    /// <summary>The fixed ones, without the per-category information scopes.</summary>
    public static IReadOnlyList<string> Fixed { get; } = [OpenId, Name, Address, Birthdate, Gender];

    /// <summary>Every scope a site may hold, the information ones from <paramref name="catalogue"/>'s categories.</summary>
    public static IReadOnlyList<string> All(InformationCatalogue catalogue) =>
        [.. Fixed, .. catalogue.Categories.Select(c => InformationPrefix + c.Id).Distinct(StringComparer.Ordinal)];

    public static bool IsSiteScope(string scope, InformationCatalogue catalogue) =>
        Fixed.Contains(scope, StringComparer.Ordinal)
        || (scope.StartsWith(InformationPrefix, StringComparison.Ordinal) && catalogue.Find(scope[InformationPrefix.Length..]) is not null);
}
