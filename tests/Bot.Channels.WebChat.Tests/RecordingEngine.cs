using System.Collections.Concurrent;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Channels.WebChat.Tests;

/// <summary>A test engine: records every turn and answers with a text and a question with two choices.</summary>
public sealed class RecordingEngine : IConversationEngine
{
    public ConcurrentQueue<IncomingMessage> Turns { get; } = new();

    public Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Turns.Enqueue(message);
        IReadOnlyList<OutgoingMessage> replies =
        [
            new TextMessage($"受け付けました: {message.Text ?? message.Action}"),
            new ChoicesMessage("次はどうしますか。", [new Choice("さがす", "search"), new Choice("やめる", "cancel")]),
        ];
        return Task.FromResult(replies);
    }
}
