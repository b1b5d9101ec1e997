namespace Bot.Channels.Line.Webhook.Events;

/// <summary>The webhook body: the bot's user id and a batch of events.</summary>
internal sealed record LineWebhookBody(string? Destination, IReadOnlyList<LineEvent>? Events);
