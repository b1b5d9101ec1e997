namespace Bot.Channels.Teams.Activities;

/// <summary>The conversation an activity belongs to ("personal" for a 1:1 chat).</summary>
public sealed record ConversationAccount(string Id, string? TenantId = null, string? ConversationType = null);
