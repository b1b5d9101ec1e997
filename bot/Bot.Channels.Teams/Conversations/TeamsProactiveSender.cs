using Bot.Channels.Teams.Connector;
using Bot.Channels.Teams.Rendering;
using Bot.Core.Channels;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Teams.Conversations;

/// <summary>
/// Proactive messages to a Teams user through the conversation reference stored at their last contact. A user who
/// never wrote to the bot has no reference and cannot be reached (Teams does not let a bot start a chat by user id
/// without installing the app for them).
/// </summary>
public sealed class TeamsProactiveSender(
    ConversationReferenceStore references,
    BotConnectorClient connector,
    ILogger<TeamsProactiveSender> logger) : IProactiveSender
{
    public string Channel => Bot.Core.Messages.Channels.Teams;

    public async Task SendAsync(ChannelUser user, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (user.Channel != Channel)
        {
            throw new ArgumentException($"Not a {Channel} user.", nameof(user));
        }

        var reference = await references.FindAsync(user, cancellationToken);
        if (reference is null)
        {
            logger.LogWarning("No Teams conversation reference for a proactive message; not sent.");
            throw new ConversationReferenceNotFoundException();
        }

        foreach (var activity in TeamsActivityRenderer.Render(messages, reference, replyToId: null))
        {
            await connector.SendAsync(reference, activity, cancellationToken);
        }
    }
}
