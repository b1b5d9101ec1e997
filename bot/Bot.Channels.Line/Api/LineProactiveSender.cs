using Bot.Channels.Line.Rendering;
using Bot.Core.Channels;
using Bot.Core.Messages;
using ChannelNames = Bot.Core.Messages.Channels;

namespace Bot.Channels.Line.Api;

/// <summary>Messages nobody asked for just now (a notice, a status change): LINE pushes, each with a retry key.</summary>
public sealed class LineProactiveSender(LineDelivery delivery, LineMessageRenderer renderer) : IProactiveSender
{
    public string Channel => ChannelNames.Line;

    public Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (user.Channel != ChannelNames.Line)
        {
            throw new ArgumentException($"{user.Channel} is not the LINE channel.", nameof(user));
        }

        var rendered = renderer.RenderAll(messages);
        return rendered.Count == 0 ? Task.CompletedTask : delivery.SendAsync(user.UserId, null, rendered, cancellationToken);
    }
}
