using System.Collections.Concurrent;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>
/// Stands in for the conversation engine (another project's work): records each turn and answers what the test
/// set. The pause widens the window in which concurrent deliveries overlap.
/// </summary>
public sealed class RecordingEngine : IConversationEngine
{
    private readonly ConcurrentQueue<IncomingMessage> turns = new();

    public IReadOnlyList<OutgoingMessage> Answer { get; set; } = [new TextMessage("こんにちは。")];

    public Exception? Throw { get; set; }

    public TimeSpan Pause { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<IncomingMessage> Turns => turns.ToList();

    public async Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        turns.Enqueue(message);
        await Task.Delay(Pause, cancellationToken);
        if (Throw is { } exception)
        {
            throw exception;
        }

        return Answer;
    }
}
