using Bot.Core.Actions;

namespace Bot.Core.Sessions;

/// <summary>アカウント's actions: "v1:account:{verb}[:{sessionId}]".</summary>
public static class SessionActions
{
    public const string Feature = "account";

    /// <summary>The アカウント menu.</summary>
    public static readonly BotAction Menu = new(Feature, "menu", null);

    /// <summary>ログイン中の端末: the list.</summary>
    public static readonly BotAction List = new(Feature, "sessions", null);

    /// <summary>Asks before ending every login.</summary>
    public static readonly BotAction EndAll = new(Feature, "end-all", null);

    /// <summary>Every login ends, this chat's too.</summary>
    public static readonly BotAction EndAllConfirmed = new(Feature, "end-all-yes", null);

    public static BotAction End(string sessionId) => new(Feature, "end", sessionId);
}
