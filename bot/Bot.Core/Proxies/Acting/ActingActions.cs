using Bot.Core.Actions;

namespace Bot.Core.Proxies.Acting;

/// <summary>代理で操作's actions: "v1:acting:{verb}[:{delegationId}]". The delegation id only, never a name.</summary>
public static class ActingActions
{
    public const string Feature = "acting";

    /// <summary>どなたの手続きをしますか: 自分 or one of the principals.</summary>
    public static readonly BotAction Ask = new(Feature, "ask", null);

    /// <summary>自分に戻る: the resident's own procedures again.</summary>
    public static readonly BotAction Self = new(Feature, "self", null);

    public static BotAction Choose(string delegationId) => new(Feature, "choose", delegationId);
}
