namespace Bot.Core.Registration;

/// <summary>The <see cref="Conversations.ConversationState.Step"/> values of registration: what typed text means.</summary>
public static class RegistrationSteps
{
    public const string Email = "registration.email";
    public const string Terms = "registration.terms";
    public const string Code = "registration.code";

    /// <summary>Registered at the portal; the refresh to the full session waits for the portal's rate limit.</summary>
    public const string Finish = "registration.finish";

    public static bool Contains(string step) => step is Email or Terms or Code or Finish;
}
