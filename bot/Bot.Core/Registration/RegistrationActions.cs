using Bot.Core.Actions;

namespace Bot.Core.Registration;

/// <summary>The buttons of registration (<see cref="BotAction"/> values of the feature "registration").</summary>
public static class RegistrationActions
{
    public const string Feature = "registration";

    public static readonly BotAction Agree = new(Feature, "agree", null);
    public static readonly BotAction Decline = new(Feature, "decline", null);
    public static readonly BotAction Finish = new(Feature, "finish", null);
    public static readonly BotAction Later = new(Feature, "later", null);
}
