using System.Globalization;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// A delegation in the words residents read: what the signer shows before the PIN, and what the principal's notice
/// and e-mail say. Resident-facing text lives at the edges; these are such an edge (the signer and the mail).
/// </summary>
public sealed class DelegationWords(InformationCatalogue catalogue)
{
    public const string Procedure = "代理人の登録";

    public const string ReceivingBody = "マイナポータル";

    /// <summary>
    /// For the accepting person, before the PIN: whose proxy they become, what and until when (principal first), or
    /// whom they make their proxy (proxy first).
    /// </summary>
    public string SignerSummary(Delegation delegation) => delegation.Direction == DelegationDirections.PrincipalFirst
        ? $"{delegation.PrincipalName} さんの代理人になります（{What(delegation)}）"
        : $"{delegation.ProxyName} さんをあなたの代理人にします（{What(delegation)}）";

    /// <summary>「申請・わたしの情報「税・所得」、2026年12月7日から2027年12月6日まで」, with the legal basis when there is one.</summary>
    public string What(Delegation delegation)
    {
        var services = string.Join("・", delegation.Services.Select(s => s == DelegatedServices.Information && delegation.InformationCategories.Count > 0
            ? $"{ServiceName(s)}「{string.Join("・", delegation.InformationCategories.Select(c => catalogue.Find(c)?.Name ?? c))}」"
            : ServiceName(s)));
        var basis = delegation.LegalBasis is { } b ? $"{BasisName(b)}として、" : "";
        return $"{basis}{services}、{Period(delegation)}";
    }

    public static string Period(Delegation delegation) =>
        $"{Day(JapanDays.DayOf(delegation.ValidFrom))}から{Day(JapanDays.LastDayBefore(delegation.ValidUntil))}まで";

    public static string ServiceName(string service) => service switch
    {
        DelegatedServices.Applications => "申請",
        DelegatedServices.Information => "わたしの情報",
        DelegatedServices.Exchanges => "やりとり履歴",
        DelegatedServices.Notices => "お知らせ",
        DelegatedServices.History => "操作履歴",
        _ => service,
    };

    public static string BasisName(string basis) => basis switch
    {
        LegalBases.ParentalAuthority => "親権者",
        LegalBases.MinorGuardian => "未成年後見人",
        LegalBases.AdultGuardian => "成年後見人",
        _ => basis,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
