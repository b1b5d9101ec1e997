namespace Portal.Domain.Proxies;

/// <summary>
/// What a principal may let a proxy use. Each is also the scope a delegated access token carries for it (per-service
/// scopes replace the single <c>portal</c> scope there). Never delegable, and so never among these: e-mail and account
/// settings, proxies, linked sites, deleting the account — their operations accept only <c>portal</c>.
/// </summary>
public static class DelegatedServices
{
    /// <summary>申請: drafts, submissions, status, withdrawal.</summary>
    public const string Applications = "applications";

    /// <summary>わたしの情報: only the chosen categories.</summary>
    public const string Information = "information";

    /// <summary>やりとり履歴.</summary>
    public const string Exchanges = "exchanges";

    /// <summary>お知らせ.</summary>
    public const string Notices = "notices";

    /// <summary>操作履歴 (read).</summary>
    public const string History = "history";

    public static readonly IReadOnlyList<string> All = [Applications, Information, Exchanges, Notices, History];

    public static bool IsKnown(string service) => All.Contains(service, StringComparer.Ordinal);
}
