using Bot.Core.Messages;

namespace Bot.Core.Channels;

/// <summary>
/// Sends the same messages to many users of one channel in one call (LINE multicast), for fan-outs such as notice
/// pushes. A channel without one is sent to user by user through its <see cref="IProactiveSender"/>.
/// </summary>
public interface IMulticastSender
{
    /// <summary>The channel this sender serves (<see cref="Messages.Channels"/>).</summary>
    string Channel { get; }

    /// <summary>Users in one call: the caller splits larger batches.</summary>
    int MaxRecipients { get; }

    /// <param name="deliveryKey">Stable for this batch across retries: the same key again means "the same batch", and
    /// the channel delivers it once (LINE derives its <c>X-Line-Retry-Key</c> from it).</param>
    Task SendAsync(IReadOnlyList<string> userIds, IReadOnlyList<OutgoingMessage> messages, string deliveryKey, CancellationToken cancellationToken);
}
