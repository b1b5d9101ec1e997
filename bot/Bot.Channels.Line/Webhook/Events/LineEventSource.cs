namespace Bot.Channels.Line.Webhook.Events;

/// <summary>Who sent the event (<c>user</c>, <c>group</c>, <c>room</c>); the bot talks to users one to one.</summary>
internal sealed record LineEventSource(string? Type, string? UserId);
