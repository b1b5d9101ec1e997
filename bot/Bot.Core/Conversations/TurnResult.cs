using Bot.Core.Messages;

namespace Bot.Core.Conversations;

/// <summary>What a turn produced: the state to store and the replies to send.</summary>
public sealed record TurnResult(ConversationState State, IReadOnlyList<OutgoingMessage> Replies)
{
    public TurnResult(ConversationState state, params OutgoingMessage[] replies) : this(state, (IReadOnlyList<OutgoingMessage>)replies)
    {
    }
}
