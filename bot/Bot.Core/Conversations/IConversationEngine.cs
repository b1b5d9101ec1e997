using Bot.Core.Messages;

namespace Bot.Core.Conversations;

/// <summary>
/// The channel-neutral conversation: one turn in, the replies out. The engine loads the channel user's state, runs the
/// turn and stores the new state only if the turn succeeds, so a failed turn leaves the conversation as it was.
/// </summary>
public interface IConversationEngine
{
    Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}
