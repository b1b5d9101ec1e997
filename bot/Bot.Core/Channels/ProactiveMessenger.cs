using Bot.Core.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Channels;

/// <summary>
/// Sends what nobody asked for just now through the <see cref="IProactiveSender"/> of the user's channel. A channel
/// this host has no sender for (LINE or Teams not configured here) is logged and reported, not thrown: whatever the
/// message tells is already stored, and a queue retry would not bring a sender.
/// </summary>
public sealed class ProactiveMessenger(IEnumerable<IProactiveSender> senders, ILogger<ProactiveMessenger> logger)
{
    /// <returns>False when no sender serves the user's channel (nothing sent).</returns>
    public async Task<bool> SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (senders.FirstOrDefault(s => s.Channel == user.Channel) is not { } sender)
        {
            logger.LogWarning("No proactive sender for {Channel}: nothing sent", user.Channel);
            return false;
        }
        await sender.SendAsync(user, messages, cancellationToken);
        return true;
    }
}
