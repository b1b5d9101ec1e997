using Bot.Core.Applications;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Portal;
using Bot.Core.Privacy;
using Bot.Core.Proxies.Acting;
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
        var acting = false;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var stored = await store.ReadAsync(message.User.Key, cancellationToken);
                acting = ActingFlow.IsActing(stored.State);
                var result = await router.RunAsync(message, stored.State, cancellationToken);
                await store.SaveAsync(result.State with { UpdatedAt = time.GetUtcNow() }, stored.ETag, cancellationToken);
                if (result.State.PortalSession?.AccountId is { } accountId)
                {
                    // This channel is now the one the resident last used: status notices come here (best effort).
                    await residentChannels.RememberAsync(accountId, message.User, cancellationToken);
                }
                logger.LogInformation("Turn {MessageId} on {Channel}: done, step {Step}", message.MessageId, message.User.Channel, result.State.Step);
                // After the state is stored: a count that cannot be read leaves the plain label, never fails the turn. While
                // acting, no badge: the remembered counts are the resident's own.
                var session = result.State.PortalSession is { Acting: null } own ? own : null;
                var replies = await menuBadge.ApplyAsync(result.Replies, session, cancellationToken);
                return ActingMarker.Apply(replies, ActingFlow.IsActing(result.State));
            }
            catch (ConversationConflictException) when (attempt < Attempts)
            {
                logger.LogInformation("Turn {MessageId} on {Channel}: conflict, re-run", message.MessageId, message.User.Channel);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (PortalApiException e) when (acting && e.StatusCode == System.Net.HttpStatusCode.Forbidden)
            {
                // The portal's not-delegated: the delegation does not name this service or category. Nothing stored.
                logger.LogInformation("Turn {MessageId} on {Channel}: not delegated", message.MessageId, message.User.Channel);
                return ActingMarker.Apply([ActingTexts.NotDelegable, Replies.Menu()], acting: true);
            }
            catch (Exception e)
            {
                // The type only: messages of HTTP and storage errors may quote a query the resident typed.
                logger.LogWarning("Turn {MessageId} on {Channel}: failed with {ErrorType}, nothing stored",
                    message.MessageId, message.User.Channel, e.GetType().Name);
                return ActingMarker.Apply([Replies.Sorry, Replies.Menu()], acting);
            }
        }
        return ActingMarker.Apply([Replies.Sorry, Replies.Menu()], acting);
    }

    private static bool LooksLikeIndividualNumber(IncomingMessage message) =>
        IndividualNumberDetector.Contains(message.Text)
        || IndividualNumberDetector.Contains(message.Action)
        || IndividualNumberDetector.ContainsAny(message.Values);
}
