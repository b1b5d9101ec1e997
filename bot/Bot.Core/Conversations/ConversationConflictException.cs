namespace Bot.Core.Conversations;

/// <summary>Another turn stored the conversation since it was read (ETag mismatch, or a concurrent first write).</summary>
public sealed class ConversationConflictException() : Exception("The conversation changed since it was read.");
