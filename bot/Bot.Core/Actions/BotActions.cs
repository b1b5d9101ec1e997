namespace Bot.Core.Actions;

/// <summary>Every action value the core offers (see <see cref="BotAction"/> for the shape).</summary>
public static class BotActions
{
    public const string Menu = "menu";
    public const string Search = "search";

    public static readonly BotAction Home = new(Menu, "home", null);
    public static readonly BotAction Todo = new(Menu, "todo", null);
    public static readonly BotAction StartSearch = new(Menu, "search", null);

    public static readonly BotAction ChangeLocalGovernment = new(Search, "lg-change", null);
    public static readonly BotAction Categories = new(Search, "categories", null);
    public static readonly BotAction LifeEvents = new(Search, "life-events", null);
    public static readonly BotAction More = new(Search, "more", null);

    public static BotAction PickLocalGovernment(string code) => new(Search, "lg", code);

    public static BotAction Category(string code) => new(Search, "category", code);

    public static BotAction LifeEvent(string code) => new(Search, "life-event", code);

    /// <summary>A keyword the portal suggested.</summary>
    public static BotAction Keyword(string keyword) => new(Search, "q", keyword);

    public static BotAction Detail(string procedureId) => new(Search, "detail", procedureId);

    public static BotAction Apply(string procedureId) => new(Search, "apply", procedureId);
}
