using Bot.Core.Channels;
using Bot.Core.Messages;

namespace Bot.Core.Tests.Support;

/// <summary>A proactive sender per channel of a component test: what the bot said by itself, kept in order.</summary>
public sealed class RecordedSends(string channel) : IProactiveSender
{
    private readonly List<(ChannelUser User, IReadOnlyList<OutgoingMessage> Messages)> _sent = [];

    public string Channel => channel;

    public IReadOnlyList<OutgoingMessage> To(ChannelUser user)
    {
        lock (_sent)
        {
            return [.. _sent.Where(s => s.User == user).SelectMany(s => s.Messages)];
        }
    }

    public Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add((user, messages));
        }
        return Task.CompletedTask;
    }
}
