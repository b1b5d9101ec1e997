namespace Bot.Channels.Teams.Activities;

/// <summary>A user or the bot in a conversation. <c>AadObjectId</c> is the user's stable Entra id in Teams.</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? AadObjectId = null);
