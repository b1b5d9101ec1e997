using Bot.Core.Actions;

namespace Bot.Core.Exchanges;

/// <summary>やりとり履歴's actions: "v1:exch:start" (the period is asked) and "v1:exch:year" (the last year).</summary>
public static class ExchangeActions
{
    public const string Feature = "exch";

    public static readonly BotAction Start = new(Feature, "start", null);

    public static readonly BotAction LastYear = new(Feature, "year", null);
}
