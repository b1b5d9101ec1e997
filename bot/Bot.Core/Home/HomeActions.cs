using Bot.Core.Actions;

namespace Bot.Core.Home;

/// <summary>ホーム's action: "v1:home:show".</summary>
public static class HomeActions
{
    public const string Feature = "home";

    public static readonly BotAction Show = new(Feature, "show", null);

    /// <summary>
    /// The 公金受取口座 feature's entry, a stable name for the chat's 公金受取口座 flow to answer. Until that flow routes
    /// it, ホーム shows the item as a line of text and offers no button (a button nothing answers would be "stale").
    /// </summary>
    public static readonly BotAction PublicFundsAccount = new("public-funds-account", "show", null);
}
