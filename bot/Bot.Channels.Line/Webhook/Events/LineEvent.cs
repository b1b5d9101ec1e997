namespace Bot.Channels.Line.Webhook.Events;

/// <summary>One webhook event: the fields the bot uses (message, postback, follow, unfollow).</summary>
/// <param name="Timestamp">Milliseconds since the Unix epoch.</param>
internal sealed record LineEvent(
    string? Type,
    string? WebhookEventId,
    long Timestamp,
    string? ReplyToken,
    LineEventSource? Source,
    LineEventMessage? Message,
    LinePostback? Postback,
    LineDeliveryContext? DeliveryContext);
