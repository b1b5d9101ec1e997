namespace Bot.Channels.Line.Webhook;

/// <summary>
/// What a webhook delivery came to. <see cref="Unauthorized"/> means answer 401 and nothing else happened; anything
/// else is a 200 (LINE only wants to know it arrived). <see cref="Failed"/> events were released for a redelivery.
/// </summary>
public sealed record LineWebhookOutcome(bool Authorized, int Processed, int Duplicates, int Ignored, int Failed)
{
    public static readonly LineWebhookOutcome Unauthorized = new(false, 0, 0, 0, 0);

    public int StatusCode => Authorized ? 200 : 401;
}
