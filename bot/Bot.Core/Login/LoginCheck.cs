using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Login;

/// <summary>
/// What <see cref="LoginFlow.RequireLoginAsync"/> found: a usable access token (the state may hold refreshed tokens),
/// or none and the replies that started a login (send them and end the turn with <see cref="ToTurn"/>).
/// </summary>
public sealed record LoginCheck(ConversationState State, string? AccessToken, IReadOnlyList<OutgoingMessage> Replies)
{
    public bool IsLoggedIn => AccessToken is not null;

    public TurnResult ToTurn() => new(State, Replies);
}
