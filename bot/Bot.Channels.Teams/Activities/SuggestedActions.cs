namespace Bot.Channels.Teams.Activities;

/// <summary>Buttons under a message (Teams shows them in 1:1 chats only, and removes them after a tap).</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);
