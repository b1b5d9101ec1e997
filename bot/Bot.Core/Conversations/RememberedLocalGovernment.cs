namespace Bot.Core.Conversations;

/// <summary>A local government as the bot remembers it: the portal's code and its display name ("荒川区（東京都）").</summary>
public sealed record RememberedLocalGovernment(string Code, string Name);
