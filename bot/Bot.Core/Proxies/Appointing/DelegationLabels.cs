using Bot.Core.Forms;

namespace Bot.Core.Proxies.Appointing;

/// <summary>A delegation's terms in the words of the portal's pages: kinds, services, states, the period in 和暦.</summary>
public static class DelegationLabels
{
    public const string Voluntary = "voluntary";

    /// <summary>The services a proxy may be allowed, in the portal's order.</summary>
    public static IReadOnlyList<string> Services { get; } = ["applications", "information", "exchanges", "notices", "history"];

    /// <summary>The kinds offered: 任意 and the three bases of 法定.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Voluntary, "parental-authority", "minor-guardian", "adult-guardian"];

    public static string Service(string service) => service switch
    {
        "applications" => "申請",
        "information" => "わたしの情報",
        "exchanges" => "やりとり履歴",
        "notices" => "お知らせ",
        "history" => "操作履歴",
        _ => "そのほかのサービス",
    };

    /// <summary>A kind as chosen (voluntary or a legal basis).</summary>
    public static string Kind(string code) => code switch
    {
        Voluntary => "任意代理人",
        "parental-authority" => "親権者",
        "minor-guardian" => "未成年後見人",
        "adult-guardian" => "成年後見人",
        _ => "代理人",
    };

    /// <summary>A kind as the portal shows it: 任意代理人, or 法定代理人（親権者）.</summary>
    public static string Kind(string kind, string? legalBasis) =>
        kind == Voluntary || legalBasis is null ? Kind(kind) : $"法定代理人（{Kind(legalBasis)}）";

    public static string State(string state) => state switch
    {
        "pending" => "承認待ち",
        "active" => "有効",
        "revoked" => "取り消し済み",
        "resigned" => "辞任済み",
        "declined" => "不成立",
        _ => "終了",
    };

    /// <summary>"申請、わたしの情報（税・所得、年金）、お知らせ".</summary>
    public static string ServicesInWords(
        IEnumerable<string> services, IEnumerable<string> categories, IReadOnlyDictionary<string, string> categoryNames) =>
        string.Join("、", Services.Where(services.Contains).Select(s => s == "information" && categories.Any()
            ? $"{Service(s)}（{string.Join("、", categories.Select(c => categoryNames.GetValueOrDefault(c, "その他")))}）"
            : Service(s)));

    public static string Period(string from, string until) => $"{JapaneseDates.Format(from)}から{JapaneseDates.Format(until)}まで";

    /// <summary>
    /// The other party in the lists: the family name only, 「山田 ○○」. Chat messages cross LINE's and Microsoft's
    /// servers, and the issue keeps full names to the portal's own pages; the family name with the kind, services and
    /// period is enough for the resident to tell their delegations apart.
    /// </summary>
    public static string MaskedName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOfAny([' ', '　']);
        return space > 0 ? $"{trimmed[..space]} ○○" : trimmed.Length > 0 ? $"{trimmed[..1]}○○" : "○○";
    }
}
