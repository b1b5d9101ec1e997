using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Connector;
using Bot.Channels.Teams.Conversations;
using Bot.Channels.Teams.Rendering;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Teams;

/// <summary>
/// One validated activity: taken once by id, its conversation reference stored, mapped to an
/// <see cref="IncomingMessage"/>, run through the engine, and the replies posted to the Bot Connector.
/// <list type="bullet">
/// <item><c>message</c> → text, or a card's / suggested action's <c>value</c> as Action and Values.</item>
/// <item><c>conversationUpdate</c> adding the bot (the app installed) → a turn with no text and the action
/// <see cref="GreetingAction"/>, so the engine greets with its menu.</item>
/// <item>anything else (invoke, typing, a member other than the bot added, another channel) → acknowledged, ignored.</item>
/// </list>
/// If the engine fails the id is released so the Bot Connector's redelivery runs the turn again (the engine keeps no
/// state from a failed turn); if only sending fails it is not, since the turn already counted.
/// </summary>
public sealed class TeamsActivityProcessor(
    ProcessedActivityLog processed,
    ConversationReferenceStore references,
    IConversationEngine engine,
    BotConnectorClient connector,
    TimeProvider time,
    ILogger<TeamsActivityProcessor> logger)
{
    /// <summary>The action of the turn that greets a user when the bot is added to a conversation.</summary>
    public const string GreetingAction = "menu";

    public async Task ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var isMessage = activity.Type == ActivityTypes.Message;
        // Another channel's activity (the Bot Service serves several through one endpoint) is not this channel's.
        if (activity.ChannelId != Bot.Core.Messages.Channels.Teams
            || (!isMessage && !IsBotAdded(activity)) || activity.Id is not { Length: > 0 } activityId || activity.From is null)
        {
            logger.LogInformation("Activity of type {Type} on channel {Channel} ignored.", activity.Type, activity.ChannelId);
            return;
        }

        if (!await processed.TryTakeAsync(activityId, cancellationToken))
        {
            logger.LogInformation("Teams activity already processed; skipped.");
            return;
        }

        var reference = ConversationReference.From(activity);
        var user = IncomingActivityMapper.User(activity);
        var now = time.GetUtcNow();
        IReadOnlyList<OutgoingMessage> replies;
        try
        {
            await references.SaveAsync(user, reference, cancellationToken);
            var incoming = isMessage
                ? IncomingActivityMapper.ToIncoming(activity, now)
                : new IncomingMessage(user, null, GreetingAction, null, activityId, now);
            replies = await engine.HandleAsync(incoming, cancellationToken);
        }
        catch
        {
            await processed.ReleaseAsync(activityId, CancellationToken.None);
            throw;
        }

        foreach (var reply in TeamsActivityRenderer.Render(replies, reference, isMessage ? activityId : null))
        {
            await connector.SendAsync(reference, reply, cancellationToken);
        }
    }

    private static bool IsBotAdded(Activity activity) =>
        activity.Type == ActivityTypes.ConversationUpdate
        && activity.Recipient is { } bot
        && activity.MembersAdded?.Any(m => m.Id == bot.Id) == true;
}
