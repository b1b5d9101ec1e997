namespace Bot.Channels.Teams.Activities;

/// <summary>The activity types this channel handles; others are acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";

    public const string ConversationUpdate = "conversationUpdate";

    public const string Invoke = "invoke";
}
