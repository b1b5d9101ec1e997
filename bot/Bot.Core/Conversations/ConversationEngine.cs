using Bot.Core.Applications;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>
/// Runs a turn against the stored state and stores the result with If-Match: a conflicting turn is re-run once against
/// the fresh state; a failing turn stores nothing and answers politely. Logs carry the channel, the message id and
/// the outcome only, never what was typed.
/// </summary>
public sealed class ConversationEngine(
    ConversationStore store, TurnRouter router, ResidentChannelStore residentChannels, NoticeMenuBadge menuBadge, TimeProvider time,
    ILogger<ConversationEngine> logger)
    : IConversationEngine
{
    private const int Attempts = 2;

    public async Task<IReadOnlyList<OutgoingMessage>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (LooksLikeIndividualNumber(message))
        {
            // Refused before any read or write: the text goes nowhere.
            logger.LogInformation("Turn {MessageId} on {Channel}: refused, an individual number", message.MessageId, message.User.Channel);
            return [Replies.IndividualNumberRefused, Replies.Menu()];
        }
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var stored = await store.ReadAsync(message.User.Key, cancellationToken);
                var result = await router.RunAsync(message, stored.State, cancellationToken);
                await store.SaveAsync(result.State with { UpdatedAt = time.GetUtcNow() }, stored.ETag, cancellationToken);
                if (result.State.PortalSession?.AccountId is { } accountId)
                {
                    // This channel is now the one the resident last used: status notices come here (best effort).
                    await residentChannels.RememberAsync(accountId, message.User, cancellationToken);
                }
                logger.LogInformation("Turn {MessageId} on {Channel}: done, step {Step}", message.MessageId, message.User.Channel, result.State.Step);
                // After the state is stored: a count that cannot be read leaves the plain label, never fails the turn.
                return await menuBadge.ApplyAsync(result.Replies, result.State.PortalSession, cancellationToken);
            }
            catch (ConversationConflictException) when (attempt < Attempts)
            {
                logger.LogInformation("Turn {MessageId} on {Channel}: conflict, re-run", message.MessageId, message.User.Channel);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                // The type only: messages of HTTP and storage errors may quote a query the resident typed.
                logger.LogWarning("Turn {MessageId} on {Channel}: failed with {ErrorType}, nothing stored",
                    message.MessageId, message.User.Channel, e.GetType().Name);
                return [Replies.Sorry, Replies.Menu()];
            }
        }
        return [Replies.Sorry, Replies.Menu()];
    }

    private static bool LooksLikeIndividualNumber(IncomingMessage message) =>
        IndividualNumberDetector.Contains(message.Text)
        || IndividualNumberDetector.Contains(message.Action)
        || IndividualNumberDetector.ContainsAny(message.Values);
}
