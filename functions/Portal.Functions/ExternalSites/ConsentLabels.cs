using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Information.Catalogue;

namespace Portal.Functions.ExternalSites;

/// <summary>What a site asks for, in the words residents know (the card's items; わたしの情報 by the catalogue's names).</summary>
public sealed class ConsentLabels(InformationCatalogue catalogue)
{
    public IReadOnlyList<string> Of(IEnumerable<string> scopes) => [.. scopes.Select(Of).OfType<string>()];

    private string? Of(string scope) => scope switch
    {
        SiteScopes.OpenId => "このサイト専用の利用者番号（ほかのサイトとは別の番号です）",
        SiteScopes.Name => "氏名",
        SiteScopes.Address => "住所",
        SiteScopes.Birthdate => "生年月日",
        SiteScopes.Gender => "性別",
        _ when scope.StartsWith(SiteScopes.InformationPrefix, StringComparison.Ordinal)
            && catalogue.Find(scope[SiteScopes.InformationPrefix.Length..]) is { } category => $"わたしの情報の「{category.Name}」",
        _ => null,
    };
}
