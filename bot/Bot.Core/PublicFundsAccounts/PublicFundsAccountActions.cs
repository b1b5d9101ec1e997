using Bot.Core.Actions;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// 公金受取口座's actions: "v1:pfa:show" (the registered account, masked), "v1:pfa:register" (a one-time page link to
/// register or change it), "v1:pfa:delete" (asks) and "v1:pfa:delete-yes" (deletes).
/// </summary>
public static class PublicFundsAccountActions
{
    public const string Feature = "pfa";

    public static readonly BotAction Show = new(Feature, "show", null);

    public static readonly BotAction Register = new(Feature, "register", null);

    public static readonly BotAction Delete = new(Feature, "delete", null);

    public static readonly BotAction DeleteConfirmed = new(Feature, "delete-yes", null);
}
