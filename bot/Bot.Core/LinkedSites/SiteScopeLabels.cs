namespace Bot.Core.LinkedSites;

/// <summary>
/// What a linked site may read, in the words residents know: the card's items in the card's order, then わたしの情報 by
/// the catalogue's names, then the site's own user number. The portal's consent page says the same in its words.
/// </summary>
public static class SiteScopeLabels
{
    public const string InformationPrefix = "information:";

    /// <param name="categoryNames">わたしの情報's category names by id (the public catalogue).</param>
    public static IReadOnlyList<string> Of(IEnumerable<string> scopes, IReadOnlyDictionary<string, string> categoryNames) =>
        [.. scopes.Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(s => s, StringComparer.Ordinal).Select(s => Label(s, categoryNames))];

    /// <summary>Whether any scope is a わたしの情報 category (so the names are worth reading).</summary>
    public static bool NeedsCatalogue(IEnumerable<string> scopes) => scopes.Any(s => s.StartsWith(InformationPrefix, StringComparison.Ordinal));

    private static int Rank(string scope) => scope switch
    {
        "name" => 0,
        "address" => 1,
        "birthdate" => 2,
        "gender" => 3,
        "openid" => 9,
        _ => 5,
    };

    // A scope this bot does not know still shows that the site reads something, never nothing.
    private static string Label(string scope, IReadOnlyDictionary<string, string> categoryNames) => scope switch
    {
        "openid" => "このサイト専用の利用者番号",
        "name" => "氏名",
        "address" => "住所",
        "birthdate" => "生年月日",
        "gender" => "性別",
        _ when scope.StartsWith(InformationPrefix, StringComparison.Ordinal) =>
            categoryNames.TryGetValue(scope[InformationPrefix.Length..], out var name) ? $"わたしの情報の「{name}」" : "わたしの情報の一部",
        _ => "そのほかの情報",
    };
}
