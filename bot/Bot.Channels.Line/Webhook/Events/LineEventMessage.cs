namespace Bot.Channels.Line.Webhook.Events;

/// <summary>A <c>message</c> event's message; only <c>text</c> is used.</summary>
internal sealed record LineEventMessage(string? Type, string? Id, string? Text);
