namespace Bot.Channels.Line.Webhook;

/// <summary>
/// The marker that a webhook event was taken for processing (container <c>channelEvents</c>, id
/// <c>line:{webhookEventId}</c>, expires with the container's one-day TTL). It holds no user id and no text.
/// </summary>
internal sealed record ProcessedLineEvent(string Id, DateTimeOffset ClaimedAt)
{
    public string Type => "lineEvent";

    public static string IdFor(string webhookEventId) => $"line:{webhookEventId}";
}
