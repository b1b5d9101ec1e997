using Bot.Channels.Line.Rendering;
using Bot.Core.Channels;
using Bot.Core.Messages;
using ChannelNames = Bot.Core.Messages.Channels;

namespace Bot.Channels.Line.Api;

/// <summary>
/// Fan-outs on LINE (notice pushes): one multicast per five rendered messages, each with a retry key derived from the
/// batch's delivery key and the message batch's index, so the same batch sent again is delivered once.
/// </summary>
public sealed class LineMulticastSender(LineMessagingClient client, LineMessageRenderer renderer) : IMulticastSender
{
    public string Channel => ChannelNames.Line;

    public int MaxRecipients => LineLimits.MulticastRecipients;

    public async Task SendAsync(
        IReadOnlyList<string> userIds, IReadOnlyList<OutgoingMessage> messages, string deliveryKey, CancellationToken cancellationToken)
    {
        var batches = renderer.RenderAll(messages).Chunk(LineLimits.MessagesPerRequest).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            await client.MulticastAsync(userIds, batches[i], LineRetryKeys.From($"{deliveryKey}#{i}"), cancellationToken);
        }
    }
}
