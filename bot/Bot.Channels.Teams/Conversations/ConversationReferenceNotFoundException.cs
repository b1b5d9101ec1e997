namespace Bot.Channels.Teams.Conversations;

/// <summary>A proactive message to a Teams user who never talked to the bot: there is nowhere to send it.</summary>
public sealed class ConversationReferenceNotFoundException()
    : InvalidOperationException("No conversation reference is stored for this Teams user.");
