using Bot.Core.Actions;

namespace Bot.Core.LookupConsent;

/// <summary>
/// 本人確認情報の照会's actions, "v1:lookup:{verb}[:{choice}]". The changing ones name the choice ("allow",
/// "withdraw"), never "toggle": a button pressed twice, or after the choice changed elsewhere, cannot flip it back.
/// </summary>
public static class LookupConsentActions
{
    public const string Feature = "lookup";

    public const string Allow = "allow";

    public const string Withdraw = "withdraw";

    /// <summary>What it is and the current choice.</summary>
    public static readonly BotAction Show = new(Feature, "show", null);

    /// <summary>The confirmation step before a change.</summary>
    public static BotAction Ask(bool allow) => new(Feature, "ask", allow ? Allow : Withdraw);

    /// <summary>The change itself, after the confirmation.</summary>
    public static BotAction Set(bool allow) => new(Feature, "set", allow ? Allow : Withdraw);

    /// <summary>true to allow, false to withdraw, null for an argument this bot never offered.</summary>
    public static bool? AllowOf(string? argument) => argument switch
    {
        Allow => true,
        Withdraw => false,
        _ => null,
    };
}
