using System.Collections.Concurrent;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Tests.Fakes;

/// <summary>The conversation engine as a test double: records each turn and answers with <see cref="Replies"/>.</summary>
public sealed class RecordingEngine : IConversationEngine
{
    public ConcurrentQueue<IncomingMessage> Turns { get; } = new();

    public IReadOnlyList<OutgoingMessage> Replies { get; set; } = [new TextMessage("こんにちは。")];

    /// <summary>The next turn throws (after being recorded), as a failing engine would.</summary>
    public bool FailNext { get; set; }

    public Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Turns.Enqueue(message);
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The engine failed (test).");
        }

        return Task.FromResult(Replies);
    }
}
