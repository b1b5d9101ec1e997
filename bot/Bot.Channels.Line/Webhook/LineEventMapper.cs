using Bot.Channels.Line.Webhook.Events;
using Bot.Core.Messages;
using ChannelNames = Bot.Core.Messages.Channels;

namespace Bot.Channels.Line.Webhook;

/// <summary>A LINE event as the channel-neutral turn the engine handles; null for events the bot does not use.</summary>
internal static class LineEventMapper
{
    public static IncomingMessage? ToIncoming(LineEvent e)
    {
        // One to one only: in a group or room an answer about someone's applications would be read by everyone.
        if (e.Source is not { Type: "user", UserId: { Length: > 0 } userId } || e.WebhookEventId is not { Length: > 0 } eventId)
        {
            return null;
        }

        var user = new ChannelUser(ChannelNames.Line, userId);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp);
        return e.Type switch
        {
            LineEventTypes.Message when e.Message is { Type: "text", Text: { } text } =>
                new IncomingMessage(user, text, null, null, eventId, at),
            LineEventTypes.Postback when e.Postback is { Data: { } data } =>
                new IncomingMessage(user, null, data, e.Postback.Params is { Count: > 0 } p ? p : null, eventId, at),
            LineEventTypes.Follow => new IncomingMessage(user, null, LineLifecycleActions.Follow, null, eventId, at),
            LineEventTypes.Unfollow => new IncomingMessage(user, null, LineLifecycleActions.Unfollow, null, eventId, at),
            _ => null,
        };
    }
}
