using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Functions.Hosting;

/// <summary>
/// PLACEHOLDER until the conversation engine is merged: registered by <see cref="BotServiceCollectionExtensions.AddBot"/>
/// only when no <see cref="IConversationEngine"/> is registered, and answers every turn with the same polite notice.
/// TODO(lead, merge): delete this class and its TryAdd line once <c>AddBotCore</c> registers the real engine.
/// </summary>
public sealed class PlaceholderConversationEngine : IConversationEngine
{
    public const string Notice = "ただいま準備中です。もうしばらくお待ちください。";

    public Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutgoingMessage>>([new TextMessage(Notice)]);
}
