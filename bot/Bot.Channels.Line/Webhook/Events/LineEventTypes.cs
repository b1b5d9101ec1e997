namespace Bot.Channels.Line.Webhook.Events;

/// <summary>The event types the bot handles; others are acknowledged and ignored.</summary>
internal static class LineEventTypes
{
    public const string Message = "message";
    public const string Postback = "postback";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
}
