namespace Bot.Core.Notices.Settings;

/// <summary>
/// The portal's notice categories (stable API values) and the Japanese names residents read in the chat, in the
/// portal's order. The portal's 通知設定 names every category it has; one this table does not know is shown by its value.
/// </summary>
public static class NoticeCategoryNames
{
    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["childcare"] = "子育て",
        ["health"] = "健康",
        ["tax"] = "税",
        ["pension"] = "年金",
        ["benefits"] = "給付",
        ["disaster"] = "防災",
        ["procedures"] = "手続",
        ["other"] = "その他",
    };

    private static readonly List<string> Order = [.. Names.Keys];

    public static string Of(string category) => Names.GetValueOrDefault(category, category);

    /// <summary>The categories of a setting in the order residents know them (unknown ones last).</summary>
    public static IEnumerable<string> Ordered(IEnumerable<string> categories) =>
        categories.OrderBy(c => Order.IndexOf(c) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal);
}
