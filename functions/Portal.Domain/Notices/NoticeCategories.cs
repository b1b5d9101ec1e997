namespace Portal.Domain.Notices;

/// <summary>
/// What a notice is about, as stable strings (API values); residents choose interests and channels per category.
/// The Japanese labels are for the edges (problem details, the chat): see <see cref="Labels"/>.
/// </summary>
public static class NoticeCategories
{
    /// <summary>子育て.</summary>
    public const string Childcare = "childcare";

    /// <summary>健康.</summary>
    public const string Health = "health";

    /// <summary>税.</summary>
    public const string Tax = "tax";

    /// <summary>年金.</summary>
    public const string Pension = "pension";

    /// <summary>給付.</summary>
    public const string Benefits = "benefits";

    /// <summary>防災: an important one is pushed even in quiet hours.</summary>
    public const string Disaster = "disaster";

    /// <summary>手続 (application status changes arrive under it too).</summary>
    public const string Procedures = "procedures";

    /// <summary>その他.</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Childcare, Health, Tax, Pension, Benefits, Disaster, Procedures, Other];

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Childcare] = "子育て",
        [Health] = "健康",
        [Tax] = "税",
        [Pension] = "年金",
        [Benefits] = "給付",
        [Disaster] = "防災",
        [Procedures] = "手続",
        [Other] = "その他",
    };
}
