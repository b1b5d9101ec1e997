using Bot.Core.Actions;

namespace Bot.Core.Home;

/// <summary>ホーム's action: "v1:home:show".</summary>
public static class HomeActions
{
    public const string Feature = "home";

    public static readonly BotAction Show = new(Feature, "show", null);
}
