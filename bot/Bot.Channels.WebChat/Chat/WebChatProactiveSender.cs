using Bot.Channels.WebChat.Streams;
using Bot.Core.Channels;
using Bot.Core.Messages;

namespace Bot.Channels.WebChat.Chat;

/// <summary>Proactive messages to a web chat user land in their stream; the page's long poll picks them up.</summary>
public sealed class WebChatProactiveSender(WebChatStream stream) : IProactiveSender
{
    public string Channel => Bot.Core.Messages.Channels.WebChat;

    public async Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (user.Channel != Bot.Core.Messages.Channels.WebChat)
        {
            throw new ArgumentException($"Not a web chat user: {user.Channel}.", nameof(user));
        }
        await stream.AppendBotMessagesAsync(user.UserId, messages, cancellationToken);
    }
}
