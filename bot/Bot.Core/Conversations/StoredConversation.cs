namespace Bot.Core.Conversations;

/// <summary>A conversation as read, with its ETag (null when none is stored yet).</summary>
public sealed record StoredConversation(ConversationState State, string? ETag);
