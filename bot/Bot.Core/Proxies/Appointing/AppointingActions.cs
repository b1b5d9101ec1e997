using Bot.Core.Actions;

namespace Bot.Core.Proxies.Appointing;

/// <summary>
/// 代理人's actions: "v1:proxies:{verb}[:{argument}]". A button carries a delegation's id or a choice's code, never a
/// name or a date of birth; the verb says which side the resident is on (代理人一覧 or 委任者一覧).
/// </summary>
public static class AppointingActions
{
    public const string Feature = "proxies";

    /// <summary>アカウント → 代理人: the two lists and the two ways to start.</summary>
    public static readonly BotAction Menu = new(Feature, "menu", null);

    /// <summary>代理人一覧 (the resident as principal).</summary>
    public static readonly BotAction Proxies = new(Feature, "proxies", null);

    /// <summary>委任者一覧 (the resident as proxy).</summary>
    public static readonly BotAction Principals = new(Feature, "principals", null);

    /// <summary>代理人を指定する (the principal names the proxy).</summary>
    public static readonly BotAction AppointProxy = new(Feature, "start", DelegationRoles.Principal);

    /// <summary>代理人になる（委任を受ける） (the proxy names the principal).</summary>
    public static readonly BotAction BecomeProxy = new(Feature, "start", DelegationRoles.Proxy);

    public static BotAction Kind(string code) => new(Feature, "kind", code);

    public static BotAction Service(string service) => new(Feature, "service", service);

    public static readonly BotAction ServicesDone = new(Feature, "services-done", null);

    public static BotAction Group(string groupId) => new(Feature, "group", groupId);

    public static readonly BotAction Groups = new(Feature, "groups", null);

    public static BotAction Category(string categoryId) => new(Feature, "category", categoryId);

    public static readonly BotAction CategoriesDone = new(Feature, "categories-done", null);

    /// <summary>この内容で設定する on the summary: the portal is asked.</summary>
    public static readonly BotAction Submit = new(Feature, "submit", null);

    /// <summary>やめる during the form: the answers are forgotten.</summary>
    public static readonly BotAction Quit = new(Feature, "quit", null);

    /// <summary>確認する: reads the delegation (the portal decides the card's answer on read).</summary>
    public static BotAction Check(string role, string id) => new(Feature, role == DelegationRoles.Principal ? "check-proxy" : "check-principal", id);

    /// <summary>The confirmation before 取り消す (principal) or 辞任する (proxy).</summary>
    public static BotAction AskEnd(string role, string id) => new(Feature, role == DelegationRoles.Principal ? "ask-revoke" : "ask-resign", id);

    public static BotAction End(string role, string id) => new(Feature, role == DelegationRoles.Principal ? "revoke" : "resign", id);

    /// <summary>やめる on the confirmation: nothing changes, the list again.</summary>
    public static BotAction Keep(string role) => new(Feature, role == DelegationRoles.Principal ? "keep-proxies" : "keep-principals", null);
}
