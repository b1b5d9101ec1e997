using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Forms;

/// <summary>
/// One queued poll of a submission waiting for the card's signature (a <see cref="LoginPoll"/> with a submission id):
/// waits again while pending; otherwise ends the form in the stored conversation and tells the resident proactively
/// (the receipt number, or how to try again). A poll of a submission the conversation no longer waits for is dropped.
/// </summary>
public sealed class SigningPoller(
    ConversationUpdater conversations, FormsPortalClient portal, PortalSessionRefresher refresher, ILoginPollQueue polls,
    Proxies.Acting.ActingSessions acting, ProactiveMessenger messenger, IOptions<LoginOptions> options, TimeProvider time, ILogger<SigningPoller> logger)
{
    public async Task PollAsync(LoginPoll poll, CancellationToken cancellationToken)
    {
        var user = new ChannelUser(poll.Channel, poll.UserId);
        var state = await conversations.ReadAsync(user.Key, cancellationToken);
        if (poll.SubmissionId is not { } submissionId || state.Form?.SubmissionId != submissionId || state.PortalSession is not { } session)
        {
            logger.LogInformation("Signing poll on {Channel}: no longer waited for, dropped", user.Channel);
            return;
        }
        session = await FreshAsync(user, session, cancellationToken);
        session = await FreshActingAsync(user, session, cancellationToken);
        var submission = await portal.CheckSubmissionAsync(session, submissionId, cancellationToken);
        if (FormSigning.Finish(state, submission) is null)
        {
            await polls.EnqueueAsync(poll, TimeSpan.FromSeconds(poll.IntervalSeconds), cancellationToken);
            return;
        }
        IReadOnlyList<OutgoingMessage> replies = [];
        var ended = await conversations.UpdateAsync(user.Key, s =>
        {
            if (s.Form?.SubmissionId != submissionId || FormSigning.Finish(s, submission) is not { } finished)
            {
                return null;
            }
            // Proactive, yet part of the conversation: marked while acting for a principal, as every turn's replies.
            replies = Proxies.Acting.ActingMarker.Apply(finished.Replies, Proxies.Acting.ActingFlow.IsActing(s));
            return finished.State;
        }, cancellationToken);
        logger.LogInformation("Signing poll on {Channel}: {Outcome}", user.Channel,
            ended is null ? "already told" : submission is null ? "not completed" : "received");
        if (ended is not null)
        {
            await messenger.SendAsync(user, replies, cancellationToken);
        }
    }

    /// <summary>
    /// While acting, the delegated token about to expire is exchanged again (and stored); a delegation that ended leaves
    /// the token as it is, and the portal's answer to the check tells the rest.
    /// </summary>
    private async Task<PortalSession> FreshActingAsync(ChannelUser user, PortalSession session, CancellationToken cancellationToken)
    {
        if (session.Acting is not { } current
            || await acting.FreshAsync(user.Key, session, current, cancellationToken) is not { } fresh
            || fresh == current)
        {
            return session;
        }
        await conversations.UpdateAsync(user.Key,
            s => s.PortalSession?.Acting?.AccessToken == current.AccessToken ? s with { PortalSession = s.PortalSession with { Acting = fresh } } : null,
            cancellationToken);
        return session with { Acting = fresh };
    }

    /// <summary>A session about to expire while the card signs is refreshed (and stored), as a turn would.</summary>
    private async Task<PortalSession> FreshAsync(ChannelUser user, PortalSession session, CancellationToken cancellationToken)
    {
        if (session.ExpiresAt - time.GetUtcNow() > options.Value.RefreshBefore
            || (await refresher.RefreshAsync(user.Key, session, cancellationToken)).Session is not { } fresh)
        {
            return session;
        }
        await conversations.UpdateAsync(user.Key,
            s => s.PortalSession?.RefreshToken == session.RefreshToken ? s with { PortalSession = fresh } : null, cancellationToken);
        logger.LogInformation("Signing poll on {Channel}: portal session refreshed", user.Channel);
        return fresh;
    }
}
