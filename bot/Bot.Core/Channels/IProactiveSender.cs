using Bot.Core.Messages;

namespace Bot.Core.Channels;

/// <summary>
/// Sends messages nobody asked for just now (an application's status changed) to a channel user: LINE push with a
/// retry key, Teams through the stored conversation reference, web chat into the user's stream.
/// </summary>
public interface IProactiveSender
{
    /// <summary>The channel this sender serves (<see cref="Messages.Channels"/>).</summary>
    string Channel { get; }

    Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}
