using Bot.Core.Actions;

namespace Bot.Core.Information;

/// <summary>
/// わたしの情報's actions: "v1:info:start" (the catalogue's groups), "v1:info:group:{groupId}" (its categories),
/// "v1:info:category:{categoryId}" (then the 確認対象日 is asked) and "v1:info:today" (確認対象日 = today).
/// </summary>
public static class InformationActions
{
    public const string Feature = "info";

    public static readonly BotAction Start = new(Feature, "start", null);

    public static readonly BotAction Today = new(Feature, "today", null);

    public static BotAction Group(string groupId) => new(Feature, "group", groupId);

    public static BotAction Category(string categoryId) => new(Feature, "category", categoryId);
}
