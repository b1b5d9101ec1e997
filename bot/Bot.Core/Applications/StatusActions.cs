using Bot.Core.Actions;

namespace Bot.Core.Applications;

/// <summary>申請状況's actions: "v1:status:{verb}[:{receiptNumber}]".</summary>
public static class StatusActions
{
    public const string Feature = "status";

    public static readonly BotAction List = new(Feature, "list", null);

    /// <summary>The next page of the list (the continuation is kept in the conversation: it is too long for a button).</summary>
    public static readonly BotAction More = new(Feature, "more", null);

    public static BotAction Show(string receiptNumber) => new(Feature, "show", receiptNumber);
}
