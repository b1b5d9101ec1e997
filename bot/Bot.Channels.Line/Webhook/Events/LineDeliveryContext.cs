namespace Bot.Channels.Line.Webhook.Events;

/// <summary>Whether LINE is delivering the event again (the event id is then one already seen, maybe).</summary>
internal sealed record LineDeliveryContext(bool IsRedelivery);
